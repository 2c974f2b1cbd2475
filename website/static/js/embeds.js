// Video and audio kept on other sites load only when the reader presses Play
// (website/templates/blocks/embed_block.html holds each player in an inert <template>).
document.querySelectorAll("[data-embed]").forEach((embed) => {
  const button = embed.querySelector("[data-embed-play]");
  const player = embed.querySelector("template");
  if (!button || !player) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    embed.prepend(document.importNode(player.content, true));
    button.remove();
    // The button that had focus is gone: hand focus to the player that replaced it.
    embed.querySelector("iframe, video, audio")?.focus();
  });
});
