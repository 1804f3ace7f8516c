// The guest web chat: sends a message and shows the answer from the same request, keeps the
// conversation id in this browser, reloads the history on open, and polls for staff replies.
(function () {
  'use strict';

  var API = '../api/v1/webchat/';
  var POLL_MS = 4000;
  var TEXTS = {
    en: { title: 'Concierge', send: 'Send', label: 'Message', placeholder: 'Write your message…', error: 'Your message could not be sent. Please try again.' },
    ja: { title: 'コンシェルジュ', send: '送信', label: 'メッセージ', placeholder: 'メッセージを入力…', error: 'メッセージを送信できませんでした。もう一度お試しください。' },
    es: { title: 'Conserje', send: 'Enviar', label: 'Mensaje', placeholder: 'Escriba su mensaje…', error: 'No se pudo enviar su mensaje. Inténtelo de nuevo.' },
    fr: { title: 'Concierge', send: 'Envoyer', label: 'Message', placeholder: 'Écrivez votre message…', error: "Votre message n'a pas pu être envoyé. Veuillez réessayer." },
    pt: { title: 'Concierge', send: 'Enviar', label: 'Mensagem', placeholder: 'Escreva sua mensagem…', error: 'Não foi possível enviar sua mensagem. Tente novamente.' },
    de: { title: 'Concierge', send: 'Senden', label: 'Nachricht', placeholder: 'Ihre Nachricht…', error: 'Ihre Nachricht konnte nicht gesendet werden. Bitte versuchen Sie es erneut.' }
  };

  var language = (navigator.language || 'en').split('-')[0].toLowerCase();
  var text = TEXTS[language] || TEXTS.en;
  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var send = document.getElementById('chat-send');
  var error = document.getElementById('chat-error');
  var shown = {};

  document.documentElement.lang = language;
  document.getElementById('chat-title').textContent = text.title;
  document.getElementById('chat-input-label').textContent = text.label;
  input.placeholder = text.placeholder;
  send.textContent = text.send;

  function stored(key, create) {
    var value = localStorage.getItem('concierge.' + key);
    if (!value && create) {
      value = create();
      localStorage.setItem('concierge.' + key, value);
    }
    return value;
  }

  var guestId = stored('guestId', function () {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return 'browser-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  });

  function show(direction, body, key) {
    if (key && shown[key]) { return; }
    if (key) { shown[key] = true; }
    var line = document.createElement('li');
    line.className = direction === 'IN' ? 'in' : 'out';
    line.textContent = body;
    log.appendChild(line);
    log.scrollTop = log.scrollHeight;
  }

  function loadHistory() {
    var conversationId = stored('conversationId');
    if (!conversationId) { return Promise.resolve(); }
    return fetch(API + 'conversations/' + encodeURIComponent(conversationId) + '?guestId=' + encodeURIComponent(guestId))
      .then(function (response) {
        if (response.status === 404) { localStorage.removeItem('concierge.conversationId'); return []; }
        return response.ok ? response.json() : [];
      })
      .then(function (lines) { lines.forEach(function (l) { show(l.direction, l.text, 'm' + l.id); }); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var message = input.value.trim();
    if (!message) { return; }
    send.disabled = true;
    error.hidden = true;
    fetch(API + 'messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ conversationId: stored('conversationId'), guestId: guestId, text: message, language: navigator.language })
    }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (answer) {
      localStorage.setItem('concierge.conversationId', answer.conversationId);
      input.value = '';
      // The history shows the message and its answer, each once, keyed by its id.
      return loadHistory();
    }).catch(function () {
      error.textContent = text.error;
      error.hidden = false;
    }).finally(function () {
      send.disabled = false;
      input.focus();
    });
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  loadHistory();
  setInterval(loadHistory, POLL_MS);
})();
