// The chat page: one WebSocket to /ws/chat, newest message first. Text is always inserted as text,
// never as HTML.
(function () {
  "use strict";
  var list = document.getElementById("messages");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var status = document.getElementById("status");
  var socket = null;
  var retryDelay = 500;
  var byId = {};

  function setStatus(state, text) {
    status.setAttribute("data-state", state);
    status.textContent = text;
  }

  function span(cls, text) {
    var s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function time(iso) {
    var d = iso ? new Date(iso) : new Date();
    return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function render(frame) {
    var item = (frame.id && byId[frame.id]) || document.createElement("li");
    item.textContent = "";
    item.className = frame.kind;
    if (frame.onlyYou) { item.classList.add("private"); }
    if (frame.error) { item.classList.add("error"); }
    item.appendChild(span("meta", time(frame.at)));
    item.appendChild(span("author", frame.author || frame.bot || "finchat"));
    item.appendChild(span("text", frame.text));
    if (frame.onlyYou) { item.appendChild(span("tag", "only visible to you")); }
    if (frame.id) { byId[frame.id] = item; }
    if (!item.parentNode) { list.insertBefore(item, list.firstChild); }
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/ws/chat");
    socket.onopen = function () { retryDelay = 500; setStatus("online", "Online"); };
    socket.onmessage = function (event) {
      try { render(JSON.parse(event.data)); } catch (e) { /* not a frame of ours */ }
    };
    socket.onclose = function () {
      setStatus("offline", "Offline, reconnecting…");
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 10000);
    };
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) { return; }
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      render({ kind: "notice", text: "You are offline; your message was kept in the box.", error: true, onlyYou: true });
      return;
    }
    socket.send(JSON.stringify({ text: text }));
    input.value = "";
  });

  connect();
}());
