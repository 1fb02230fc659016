// Puts a Horae booking page on the merchant's own page: <script src="https://…/book/{tenant}/embed.js" async></script>
(function () {
  var script = document.currentScript;
  var frame = document.createElement('iframe');
  frame.src = script.src.replace(/embed\.js(\?.*)?$/, '');
  frame.title = script.getAttribute('data-title') || 'Booking';
  frame.style.cssText = 'width:100%;min-height:720px;border:0';
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
