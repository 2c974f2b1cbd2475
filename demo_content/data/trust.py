"""The pages that show how the site works: its information standards, accessibility and privacy.

They sit under home, out of the menus, and every footer links to them through the site settings.
"""

from demo_content.text import T, heading, paragraph

INFORMATION_STANDARDS = {
    "title": T("Our information standards", "Nuestras normas de información"),
    "slug": T("information-standards", "normas-de-informacion"),
    "intro": T(
        "People read this site when they, or someone close to them, are going through a hard "
        "time. This page explains how we write, check and translate what we publish, so you can "
        "judge it for yourself.",
        "Muchas personas leen este sitio cuando ellas, o alguien cercano, pasan por un momento "
        "difícil. Esta página explica cómo escribimos, revisamos y traducimos lo que publicamos, "
        "para que usted pueda valorarlo por sí mismo.",
    ),
    "body": [
        heading(T("Who writes our pages", "Quién escribe nuestras páginas")),
        paragraph(
            T(
                "Our pages are written by the eCPR team, many of whom have lived through "
                "emotional crises themselves. Where a page reports research, it names the study "
                "and links to it, so you can read the source.",
                "Nuestras páginas las escribe el equipo de la RCP Emocional; muchas de estas "
                "personas han vivido crisis emocionales. Cuando una página habla de una "
                "investigación, nombra el estudio y enlaza con él, para que usted pueda leer la "
                "fuente.",
            ),
            T(
                "We write in plain words and short sentences. We talk about suicide and crisis "
                "with care: we never describe methods or places, and every page about a crisis "
                "says where to find help now.",
                "Escribimos con palabras sencillas y frases cortas. Hablamos del suicidio y de "
                "las crisis con cuidado: nunca describimos métodos ni lugares, y cada página "
                "sobre una crisis indica dónde encontrar ayuda de inmediato.",
            ),
        ),
        heading(T("How we check them", "Cómo las revisamos")),
        paragraph(
            T(
                "Before a page is published, a second member of the team reads it and approves "
                "it. Every page has an owner, who reviews it again on a fixed date. At the foot "
                "of each page you can see when it was last reviewed and when the next review is "
                "due.",
                "Antes de publicar una página, otra persona del equipo la lee y la aprueba. "
                "Cada página tiene una persona responsable, que la vuelve a revisar en una fecha "
                "fija. Al pie de cada página puede ver cuándo se revisó por última vez y cuándo "
                "toca la próxima revisión.",
            ),
            T(
                "If you find a mistake, use the link \u201cReport a problem with this page\u201d. "
                "The page's owner reads every report.",
                "Si encuentra un error, use el enlace \u201cInformar de un problema con esta "
                "página\u201d. La persona responsable de la página lee cada aviso.",
            ),
        ),
        heading(T("How we translate them", "Cómo las traducimos")),
        paragraph(
            T(
                "Our Spanish pages are translated by people, not published straight from a "
                "machine. A Spanish-speaking reviewer approves each translation, and reviews "
                "it on its own schedule, separately from the English page.",
                "Nuestras páginas en español las traducen personas; nunca se publican tal como "
                "salen de una máquina. Una persona revisora de habla hispana aprueba cada "
                "traducción y la revisa con su propio calendario, aparte de la página en "
                "inglés.",
            )
        ),
        heading(T("Who pays for the program", "Quién financia el programa")),
        paragraph(
            T(
                "Emotional CPR is a program of the National Empowerment Center. It is paid for "
                "by the trainings it runs and by gifts from people who support its work. "
                "Nobody who gives money decides what we publish.",
                "La RCP Emocional es un programa del National Empowerment Center. Se financia "
                "con las formaciones que imparte y con los donativos de quienes apoyan su "
                "trabajo. Nadie que aporte dinero decide lo que publicamos.",
            )
        ),
        heading(T("What we never carry", "Lo que nunca publicamos")),
        paragraph(
            T(
                "This site carries no advertising and no sponsored content, and it does not "
                "sell or share anything about its readers.",
                "Este sitio no contiene publicidad ni contenido patrocinado, y no vende ni "
                "comparte nada sobre quienes lo leen.",
            )
        ),
    ],
}

ACCESSIBILITY = {
    "title": T("Accessibility statement", "Declaración de accesibilidad"),
    "slug": T("accessibility", "accesibilidad"),
    "intro": T(
        "We want everyone to be able to use this site, whatever device, browser or assistive "
        "technology they use.",
        "Queremos que todas las personas puedan usar este sitio, sea cual sea el dispositivo, "
        "el navegador o la tecnología de apoyo que utilicen.",
    ),
    "body": [
        heading(T("How accessible this site is", "Grado de accesibilidad del sitio")),
        paragraph(
            T(
                "This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at "
                "level AA. We believe it partly meets them: the known gaps are listed below.",
                "Este sitio busca cumplir las Pautas de Accesibilidad para el Contenido Web "
                "(WCAG) 2.2 en el nivel AA. Creemos que las cumple en parte: más abajo "
                "enumeramos las carencias que conocemos.",
            ),
            T(
                "You should be able to move through every page with a keyboard alone, use it "
                "with a screen reader, zoom the text to twice its size, and read it in English "
                "or Spanish.",
                "Debería poder recorrer cada página solo con el teclado, usarla con un lector "
                "de pantalla, ampliar el texto al doble de su tamaño y leerla en inglés o en "
                "español.",
            ),
        ),
        heading(T("Known limits", "Limitaciones conocidas")),
        paragraph(
            T(
                "Some older PDF documents, such as research papers, were not made to be read "
                "with a screen reader. Recordings kept on other sites play in those sites' own "
                "players, which may lack captions.",
                "Algunos documentos PDF antiguos, como artículos de investigación, no se "
                "hicieron para leerse con lector de pantalla. Las grabaciones alojadas en otros "
                "sitios se reproducen en los reproductores de esos sitios, que pueden no tener "
                "subtítulos.",
            )
        ),
        heading(T("Asking for another format", "Cómo pedir otro formato")),
        paragraph(
            T(
                "If you need something on this site in another format, such as large print, "
                "an accessible document, a transcript or an easy-read version, write to us "
                "through the contact page or call us, and we will reply as soon as we can.",
                "Si necesita algo de este sitio en otro formato, como letra grande, un "
                "documento accesible, una transcripción o una versión de lectura fácil, "
                "escríbanos desde la página de contacto o llámenos, y le responderemos lo antes "
                "posible.",
            ),
            T(
                "Tell us about any barrier you meet the same way. Each one is logged and "
                "checked by the person who looks after the page.",
                "Avísenos del mismo modo de cualquier barrera que encuentre. Cada aviso queda "
                "registrado y lo revisa la persona que se ocupa de la página.",
            ),
        ),
        heading(T("How we test the site", "Cómo probamos el sitio")),
        paragraph(
            T(
                "Every type of page, in both languages, is tested automatically with an "
                "accessibility checker each time the site changes.",
                "Cada tipo de página, en los dos idiomas, se prueba automáticamente con un "
                "verificador de accesibilidad cada vez que el sitio cambia.",
            )
        ),
    ],
}

PRIVACY = {
    "title": T("Privacy notice", "Aviso de privacidad"),
    "slug": T("privacy", "privacidad"),
    "intro": T(
        "You can read this whole site without telling us who you are. This page says plainly "
        "what we keep and what we do not.",
        "Puede leer todo este sitio sin decirnos quién es. Esta página explica con claridad qué "
        "guardamos y qué no.",
    ),
    "body": [
        heading(T("What we do not collect", "Lo que no recogemos")),
        paragraph(
            T(
                "We use no advertising, no tracking pixels and no analytics service run by "
                "another company. Our pages load nothing from other sites: no fonts, scripts or "
                "frames. A video kept on another site loads only if you press Play, and the "
                "page tells you which site it comes from first.",
                "No usamos publicidad, ni píxeles de seguimiento, ni servicios de analítica de "
                "otras empresas. Nuestras páginas no cargan nada de otros sitios: ni fuentes, "
                "ni scripts, ni marcos. Un vídeo alojado en otro sitio solo se carga si pulsa "
                "Reproducir, y antes la página le indica de qué sitio procede.",
            ),
            T(
                "Reading the site sets no cookies. Our forms set one small cookie that protects "
                "them against forged posts; it says nothing about who you are.",
                "Leer el sitio no instala ninguna cookie. Nuestros formularios instalan una "
                "pequeña cookie que los protege de envíos falsificados; no dice nada de quién es "
                "usted.",
            ),
            T(
                "We count how many times each page is read each day, in each language, in our "
                "own database. The count keeps no address, no cookie and nothing else about "
                "you, and it leaves you out if your browser asks not to be tracked. So that a "
                "program cannot inflate it, the server notes for one minute how often each "
                "address added to a page's count, then forgets it.",
                "Contamos cuántas veces se lee cada página al día, en cada idioma, en nuestra "
                "propia base de datos. El recuento no guarda ninguna dirección, ninguna cookie "
                "ni nada más sobre usted, y no le cuenta si su navegador pide que no se le "
                "rastree. Para que ningún programa lo infle, el servidor anota durante un "
                "minuto cuántas veces cada dirección sumó a la cuenta de una página, y luego "
                "lo olvida.",
            ),
        ),
        heading(T("What we keep when you write to us", "Lo que guardamos si nos escribe")),
        paragraph(
            T(
                "When you send the contact form, join the email list or report a problem with "
                "a page, we keep what you typed into the form so that our staff can answer "
                "you. We use it for nothing else and share it with nobody.",
                "Cuando envía el formulario de contacto, se suscribe a la lista de correo o "
                "informa de un problema con una página, guardamos lo que escribió en el "
                "formulario para que nuestro equipo pueda responderle. No lo usamos para nada "
                "más ni lo compartimos con nadie.",
            ),
            T(
                "To stop automated spam, our server counts how many forms each address sends "
                "in a minute. That count is forgotten within minutes.",
                "Para frenar el correo basura automático, nuestro servidor cuenta cuántos "
                "formularios envía cada dirección en un minuto. Ese recuento se olvida en pocos "
                "minutos.",
            ),
        ),
        heading(T("Your choices", "Sus opciones")),
        paragraph(
            T(
                "You can ask us to show you, correct or delete anything you sent us, and you "
                "can leave the email list at any time. Write to us through the contact page.",
                "Puede pedirnos ver, corregir o borrar cualquier dato que nos haya enviado, y "
                "puede darse de baja de la lista de correo cuando quiera. Escríbanos desde la "
                "página de contacto.",
            )
        ),
    ],
}

# In footer order: the site settings' field each page fills, and the page.
PAGES = {
    "information_standards_page": INFORMATION_STANDARDS,
    "accessibility_page": ACCESSIBILITY,
    "privacy_page": PRIVACY,
}
