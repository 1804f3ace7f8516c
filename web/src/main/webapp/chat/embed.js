// Embeds the guest web chat in a hotel's page: <script src="https://concierge.example/chat/embed.js" async></script>
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script.src.replace(/embed\.js.*$/, '');
  var frame = document.createElement('iframe');
  frame.src = base;
  frame.title = 'Concierge chat';
  frame.style.cssText = 'position:fixed;right:16px;bottom:16px;width:min(380px,calc(100vw - 32px));' +
    'height:min(560px,calc(100vh - 32px));border:0;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.2);z-index:2147483000;';
  document.body.appendChild(frame);
})();
