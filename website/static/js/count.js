// Counts one view of this page, with no cookie and nothing about the reader
// (website/page_views.py). Browsers that ask not to be tracked send nothing.
(() => {
  const url = document.currentScript?.dataset.countUrl;
  const declined = navigator.doNotTrack === "1" || navigator.globalPrivacyControl === true;
  if (!url || declined || !navigator.sendBeacon) return;
  navigator.sendBeacon(url);
})();
