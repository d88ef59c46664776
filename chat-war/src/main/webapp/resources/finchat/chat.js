// The chat page: one WebSocket to /ws/chat/{room}, the room's history newest first, and after a dropped
// connection exactly the messages missed (by sequence number). Text is always inserted as text,
// never as HTML.
(function () {
  "use strict";
  var main = document.querySelector("main[data-room]");
  var ROOM = main.getAttribute("data-room") || "lobby";
  var archivedNotice = document.getElementById("archived");
  var list = document.getElementById("messages");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var status = document.getElementById("status");
  var socket = null;
  var retryDelay = 500;
  // Set when the node says this person is shut out for flooding: how long to wait before connecting.
  var floodedFor = 0;
  var connectedOnce = false;
  var lastSeq = 0;
  var shownSeqs = {};
  var privateById = {};
  var online = document.getElementById("online");
  var typing = document.getElementById("typing");
  var typers = {};
  var lastTypingSent = 0;
  var ME = main.getAttribute("data-user") || "";
  // Scrolling back: the room's older messages load a page at a time, by sequence number, as the
  // end of the list comes into view.
  var PAGE = 50;
  var olderButton = document.getElementById("older");
  var historyStart = document.getElementById("history-start");
  var loadingOlder = false;
  var reachedStart = false;
  // This page's chat messages the room has neither stored nor refused yet; "dropped" once the
  // connection went down with them outstanding, to be settled by the catch-up after reconnecting.
  var unconfirmed = [];
  // Commands whose bot has not answered yet, by id.
  var waiting = {};

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

  function item(frame) {
    var li = document.createElement("li");
    li.className = frame.kind;
    if (frame.onlyYou) { li.classList.add("private"); }
    if (frame.error) { li.classList.add("error"); }
    li.appendChild(span("meta", time(frame.at)));
    li.appendChild(frame.kind === "message" && frame.author ? authorLink(frame.author) : span("author", frame.bot || "finchat"));
    li.appendChild(frame.kind === "message" ? withCashtags(frame.text) : span("text", frame.text));
    if (frame.kind === "bot" && frame.bot === "CardBot" && !frame.error) { li.classList.add("card"); }
    if (frame.chart && frame.chart.length > 1) { li.appendChild(chart(frame.chart)); }
    if (frame.onlyYou) { li.appendChild(span("tag", "only visible to you")); }
    return li;
  }

  // A cashtag in a message ($AAPL.US: a stock code after "$", starting with a letter) is a link that
  // opens the code's card: the page asks the card bot, whose answer (price, day range, chart) shows
  // at the top like any bot answer, to this person only. The text stays text nodes, never HTML.
  var CASHTAG = /(^|[\s(])\$([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*)/g;

  function withCashtags(text) {
    var s = span("text", "");
    var at = 0, match;
    CASHTAG.lastIndex = 0;
    while ((match = CASHTAG.exec(text)) !== null) {
      var code = match[2];
      if (code.length > 20) { continue; }
      var start = match.index + match[1].length;
      s.appendChild(document.createTextNode(text.slice(at, start)));
      var a = document.createElement("a");
      a.className = "cashtag";
      a.href = "#";
      a.title = "Open the card for " + code;
      a.setAttribute("data-code", code);
      a.textContent = "$" + code;
      s.appendChild(a);
      at = start + 1 + code.length;
    }
    s.appendChild(document.createTextNode(text.slice(at)));
    return s;
  }

  list.addEventListener("click", function (event) {
    var tag = event.target.closest ? event.target.closest("a.cashtag") : null;
    if (!tag) { return; }
    event.preventDefault();
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      showPrivate({ kind: "notice", text: "You are offline: open the card again once back online.", error: true, onlyYou: true });
      return;
    }
    socket.send(JSON.stringify({ text: "/card=" + tag.getAttribute("data-code") }));
  });

  // A stored message's author shows under their display name, linked to their profile, with the
  // username on hover. Frames carry the username only: the page asks the people API once for each
  // author it has not met (a few at a time) and names every link of theirs when the answer comes.
  var names = {};
  var asking = {};
  var toAsk = [];
  var askTimer = null;

  function authorLink(username) {
    var a = document.createElement("a");
    a.className = "author";
    a.href = "/u/" + encodeURIComponent(username) + "/";
    a.title = "@" + username;
    a.setAttribute("data-author", username);
    a.textContent = names[username] || username;
    if (!names[username] && !asking[username]) {
      asking[username] = true;
      toAsk.push(username);
      if (!askTimer) { askTimer = setTimeout(askNames, 50); }
    }
    return a;
  }

  function askNames() {
    askTimer = null;
    var batch = toAsk.splice(0, 100);
    if (toAsk.length) { askTimer = setTimeout(askNames, 0); }
    var query = batch.map(function (u) { return "username=" + encodeURIComponent(u); }).join("&");
    fetch("/api/people?" + query, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { people: {} }; })
      .then(function (answer) {
        Object.keys(answer.people || {}).forEach(function (username) {
          names[username] = answer.people[username];
          list.querySelectorAll("a.author").forEach(function (a) {
            if (a.getAttribute("data-author") === username) { a.textContent = names[username]; }
          });
        });
      })
      // Unnamed, an author still shows under their username; the next page load asks again.
      .catch(function () {})
      .then(function () { batch.forEach(function (u) { delete asking[u]; }); });
  }

  // Recent closing prices as a small line drawing, with its figures in words for screen readers.
  function chart(days) {
    var ns = "http://www.w3.org/2000/svg", width = 180, height = 44, pad = 3;
    var closes = days.map(function (d) { return Number(d.close); });
    var low = Math.min.apply(null, closes), high = Math.max.apply(null, closes);
    var range = high - low || 1;
    var points = closes.map(function (c, i) {
      var x = pad + i * (width - 2 * pad) / (closes.length - 1);
      var y = pad + (high - c) * (height - 2 * pad) / range;
      return x.toFixed(1) + "," + y.toFixed(1);
    }).join(" ");
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "chart");
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("role", "img");
    var words = "Closing prices over " + days.length + " days, from " + days[0].day + " to " +
        days[days.length - 1].day + ": low $" + low.toFixed(2) + ", high $" + high.toFixed(2) + ".";
    svg.setAttribute("aria-label", words);
    var title = document.createElementNS(ns, "title");
    title.textContent = words;
    svg.appendChild(title);
    var line = document.createElementNS(ns, "polyline");
    line.setAttribute("points", points);
    line.setAttribute("fill", "none");
    line.setAttribute("class", closes[closes.length - 1] >= closes[0] ? "up" : "down");
    svg.appendChild(line);
    return svg;
  }

  // Stored messages sit in sequence order, newest first, whenever they arrive; the newest goes to
  // the very top, above earlier private answers.
  function showStored(message) {
    if (message.author === ME) { settle(message.text); }
    if (shownSeqs[message.seq]) { return; }
    shownSeqs[message.seq] = true;
    lastSeq = Math.max(lastSeq, message.seq);
    markRead();
    message.kind = "message";
    var li = item(message);
    li.setAttribute("data-seq", message.seq);
    if (message.deleted) { showDeleted(li); }
    else if (message.author === ME) { li.appendChild(deleteButton(message.seq)); }
    var stored = list.querySelectorAll("li[data-seq]");
    var newest = !stored.length || Number(stored[0].getAttribute("data-seq")) < message.seq;
    if (newest) { list.insertBefore(li, list.firstChild); return; }
    for (var i = 0; i < stored.length; i++) {
      if (Number(stored[i].getAttribute("data-seq")) < message.seq) { list.insertBefore(li, stored[i]); return; }
    }
    list.appendChild(li);
  }

  // One of this page's messages was stored or refused: it is no longer outstanding.
  function settle(text) {
    for (var i = 0; i < unconfirmed.length; i++) {
      if (unconfirmed[i].text === text) { unconfirmed.splice(i, 1); return; }
    }
  }

  // Back online with the missed messages loaded: a message that went out just before the drop and
  // is not among them was never stored, and its sender is told so, with its text.
  function reportUnsent() {
    unconfirmed = unconfirmed.filter(function (message) {
      if (message.dropped) {
        showPrivate({ kind: "notice", text: "Not sent (the connection dropped before the room stored it): " + message.text, error: true, onlyYou: true });
      }
      return !message.dropped;
    });
  }

  // Pending commands, answers and notices: for the asker only, at the top, replaced in place.
  function showPrivate(frame) {
    var li = item(frame);
    var old = frame.id && privateById[frame.id];
    if (old) { list.replaceChild(li, old); } else { list.insertBefore(li, list.firstChild); }
    if (frame.id) { privateById[frame.id] = li; }
  }

  // One's own message can be deleted: the room keeps its place, and every open page shows it deleted.
  function deleteButton(seq) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "delete";
    button.textContent = "Delete";
    button.setAttribute("aria-label", "Delete this message");
    button.addEventListener("click", function () {
      button.disabled = true;
      fetch("/api/rooms/" + encodeURIComponent(ROOM) + "/messages/" + seq, { method: "DELETE", credentials: "same-origin" })
        .then(function (r) {
          if (r.ok) { return; }
          return r.json().then(function (body) { throw new Error(body.error); });
        })
        .catch(function (e) {
          button.disabled = false;
          var why = e && e.message && e.message.indexOf(" ") > 0 ? e.message : "The message could not be deleted; try again.";
          showPrivate({ kind: "notice", text: why, error: true, onlyYou: true });
        });
    });
    return button;
  }

  function showDeleted(li) {
    li.classList.add("deleted");
    li.querySelector(".text").textContent = "This message was deleted.";
    var button = li.querySelector("button.delete");
    if (button) { button.parentNode.removeChild(button); }
  }

  // Its author deleted a stored message: it stays in its place, shown deleted.
  function markDeleted(seq) {
    var li = list.querySelector("li[data-seq='" + Number(seq) + "']");
    if (li) { showDeleted(li); }
  }

  // A moderator deleted a stored message: it leaves the page (and is not loaded again).
  function removeStored(seq) {
    shownSeqs[seq] = true;
    var li = list.querySelector("li[data-seq='" + Number(seq) + "']");
    if (li) { li.parentNode.removeChild(li); }
  }

  // An archived room is read-only: the box is greyed out and the page says why; reopened, it is back.
  function setArchived(archived, text) {
    main.setAttribute("data-archived", String(archived));
    archivedNotice.textContent = text || "";
    archivedNotice.classList.toggle("gone", !archived);
    input.disabled = archived;
    form.querySelectorAll("button").forEach(function (button) { button.disabled = archived; });
  }

  function load(query, then) {
    fetch("/api/rooms/" + ROOM + "/messages?" + query, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (page) { page.messages.forEach(showStored); if (then) { then(page.messages.length); } })
      .catch(function () {
        showPrivate({ kind: "notice", text: "The history could not be loaded; reload the page.", error: true, onlyYou: true });
        if (then) { then(-1); }
      });
  }

  // The oldest stored message this page shows, by sequence number; 0 when it shows none.
  function oldestShown() {
    var stored = list.querySelectorAll("li[data-seq]");
    return stored.length ? Number(stored[stored.length - 1].getAttribute("data-seq")) : 0;
  }

  // A page shorter than asked for is the room's first: there is nothing older to load.
  function pageLoaded(count) {
    loadingOlder = false;
    if (count < 0) { return; }
    reachedStart = count < PAGE;
    olderButton.hidden = reachedStart;
    historyStart.hidden = !reachedStart;
    if (!reachedStart && olderInView()) { loadOlder(); }
  }

  function olderInView() {
    var box = olderButton.getBoundingClientRect();
    return !olderButton.hidden && box.top < window.innerHeight && box.bottom > 0;
  }

  function loadOlder() {
    if (loadingOlder || reachedStart) { return; }
    var before = oldestShown();
    if (!before) { return; }
    loadingOlder = true;
    load("before=" + before + "&limit_to=" + PAGE, pageLoaded);
  }

  olderButton.addEventListener("click", loadOlder);
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) { loadOlder(); }
    }).observe(olderButton);
  } else {
    window.addEventListener("scroll", function () { if (olderInView()) { loadOlder(); } });
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/ws/chat/" + encodeURIComponent(ROOM));
    socket.onopen = function () {
      retryDelay = 500;
      setStatus("online", "Online");
      if (!connectedOnce) {
        connectedOnce = true;
        loadingOlder = true;
        load("limit_to=" + PAGE, pageLoaded);
      } else {
        load("after=" + lastSeq, function (missed) {
          showPrivate({ kind: "notice", text: "You are back online" + (missed ? "; " + missed + " missed message" + (missed === 1 ? "" : "s") + " loaded." : "."), onlyYou: true });
          reportUnsent();
        });
      }
    };
    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.kind === "message") { showStored(frame); delete typers[frame.author]; showTypers(); }
      else if (frame.kind === "deleted") { if (frame.room === ROOM) { removeStored(frame.seq); } }
      else if (frame.kind === "retracted") { if (frame.room === ROOM) { markDeleted(frame.seq); } }
      else if (frame.kind === "archived") {
        // Archived, the banner above the box says so; reopened, the banner goes and a notice says so.
        setArchived(frame.archived, frame.text);
        if (!frame.archived) { showPrivate({ kind: "notice", text: frame.text, onlyYou: false }); }
      }
      else if (frame.kind === "presence") {
        // A big room lists its first names only, and says how many more there are.
        var more = (frame.count || 0) - frame.online.length;
        online.textContent = "Online: " + frame.online.join(", ") + (more > 0 ? " and " + more + " more" : "");
      }
      else if (frame.kind === "typing") { typers[frame.user] = Date.now(); showTypers(); }
      else if (frame.kind === "flooded") {
        floodedFor = frame.retry * 1000;
        showPrivate({ kind: "notice", text: frame.text, error: true, onlyYou: true });
      }
      else {
        if (frame.kind === "pending") { waiting[frame.id] = true; }
        else if (frame.id) { delete waiting[frame.id]; }
        if (typeof frame.unsent === "string") { settle(frame.unsent); }
        showPrivate(frame);
      }
    };
    socket.onclose = function (event) {
      // 1008: the server signed this person out (an administrator disabled the account or reset
      // its password); reconnecting would only be refused, so the page says why and stays closed.
      if (event.code === 1008) {
        setStatus("signed-out", "Signed out");
        showPrivate({ kind: "notice", text: event.reason || "You were signed out.", error: true, onlyYou: true });
        online.textContent = "";
        typing.textContent = "";
        input.disabled = true;
        form.querySelectorAll("button").forEach(function (button) { button.disabled = true; });
        return;
      }
      // Answers to this connection's commands are lost with it: each waiting one says so in place.
      Object.keys(waiting).forEach(function (id) {
        showPrivate({ kind: "notice", id: id, text: "The connection dropped before the bot answered: please ask again.", error: true, onlyYou: true });
      });
      waiting = {};
      unconfirmed.forEach(function (message) { message.dropped = true; });
      setStatus("offline", "Offline, reconnecting…");
      // Closed for flooding the room (4429, the wait in its reason), or told so in a frame by a
      // node this page came back to too early: the page says so once and waits as long as told.
      if (floodedFor || event.code === 4429) {
        var told = /in (\d+) s\./.exec(event.reason || "");
        var wait = floodedFor || (told ? Number(told[1]) * 1000 : 10000);
        if (!floodedFor) { showPrivate({ kind: "notice", text: event.reason, error: true, onlyYou: true }); }
        floodedFor = 0;
        setTimeout(connect, wait);
        return;
      }
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 10000);
    };
  }

  // "x is typing…" for three seconds after each sign of it.
  function showTypers() {
    var now = Date.now();
    var names = Object.keys(typers).filter(function (name) { return now - typers[name] < 3000; });
    typing.textContent = names.length ? names.join(", ") + (names.length === 1 ? " is" : " are") + " typing…" : "";
  }
  setInterval(showTypers, 1000);

  input.addEventListener("input", function () {
    var now = Date.now();
    if (socket && socket.readyState === WebSocket.OPEN && now - lastTypingSent > 2000 && input.value && input.value.charAt(0) !== "/") {
      lastTypingSent = now;
      socket.send(JSON.stringify({ typing: true }));
    }
  });

  // The "/" menu: the commands the server lists in data-commands whose name starts with what is
  // typed. Enter or Tab picks the highlighted one while it is open; closed, Enter sends as always.
  var menu = document.getElementById("command-menu");
  var commands = JSON.parse(input.getAttribute("data-commands") || "[]");
  var shown = [];
  var active = -1;

  function matching(text) {
    var typed = text.toLowerCase();
    if (typed.charAt(0) !== "/") { return []; }
    return commands.filter(function (c) { return c.command.indexOf(typed) === 0 && c.command !== typed; });
  }

  function option(command, index) {
    var li = document.createElement("li");
    li.id = "command-option-" + index;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    li.appendChild(span("command-name", command.command));
    li.appendChild(span("command-purpose", command.purpose));
    li.appendChild(span("command-example", command.example));
    li.addEventListener("click", function () { pick(index); });
    return li;
  }

  function highlight(index) {
    var options = menu.children;
    if (active >= 0 && options[active]) { options[active].setAttribute("aria-selected", "false"); }
    active = index;
    options[active].setAttribute("aria-selected", "true");
    options[active].scrollIntoView({ block: "nearest" });
    input.setAttribute("aria-activedescendant", options[active].id);
  }

  function openMenu(found) {
    shown = found;
    active = -1;
    menu.replaceChildren.apply(menu, found.map(option));
    menu.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(0);
  }

  function closeMenu() {
    shown = [];
    active = -1;
    menu.hidden = true;
    menu.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function pick(index) {
    input.value = shown[index].command;
    closeMenu();
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  input.addEventListener("input", function () {
    var found = matching(input.value);
    if (found.length) { openMenu(found); } else { closeMenu(); }
  });

  input.addEventListener("keydown", function (event) {
    if (event.isComposing) { return; }
    if (menu.hidden) {
      var found = event.key === "ArrowDown" ? matching(input.value) : [];
      if (found.length) { openMenu(found); event.preventDefault(); }
      return;
    }
    if (event.key === "ArrowDown") { highlight((active + 1) % shown.length); }
    else if (event.key === "ArrowUp") { highlight((active - 1 + shown.length) % shown.length); }
    else if (event.key === "Enter" || (event.key === "Tab" && !event.shiftKey)) { pick(active); }
    else if (event.key === "Escape") { closeMenu(); }
    else { return; }
    event.preventDefault();
  });

  input.addEventListener("blur", closeMenu);
  // Pressing a row would take the focus from the box (and close the menu) before its click.
  menu.addEventListener("mousedown", function (event) { event.preventDefault(); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) { return; }
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      showPrivate({ kind: "notice", text: "You are offline; your message was kept in the box.", error: true, onlyYou: true });
      return;
    }
    socket.send(JSON.stringify({ text: text }));
    if (text.trim().charAt(0) !== "/") { unconfirmed.push({ text: text, dropped: false }); }
    input.value = "";
    closeMenu();
  });

  // The room list shows how many messages wait unread in each other room, refreshed while the page
  // is in view. What this page shows of its own room counts as read once the page is in view; the
  // node hears it a second after the newest, or at once when the page goes away.
  var roomLinks = document.querySelectorAll(".rooms a[data-room]");
  var markedTo = 0;
  var markTimer = null;

  function showUnread(counts) {
    roomLinks.forEach(function (a) {
      var room = a.getAttribute("data-room");
      var count = room === ROOM ? 0 : counts[room] || 0;
      var badge = a.querySelector(".unread");
      if (!count) { if (badge) { badge.remove(); } return; }
      if (!badge) { badge = span("unread", ""); a.appendChild(badge); }
      badge.textContent = count >= 100 ? "99+" : String(count);
      badge.setAttribute("aria-label", badge.textContent + " unread");
    });
  }

  function refreshUnread() {
    if (!roomLinks.length || document.visibilityState !== "visible") { return; }
    fetch("/api/unread", { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (counts) { if (counts) { showUnread(counts); } })
      // The counts stay as they are until the next refresh.
      .catch(function () {});
  }

  function sendReadMark(keepalive) {
    var seq = lastSeq;
    if (seq <= markedTo) { return; }
    fetch("/api/unread/" + encodeURIComponent(ROOM) + "?read_to=" + seq,
        { method: "PUT", credentials: "same-origin", keepalive: keepalive })
      .then(function (response) { if (response.ok) { markedTo = Math.max(markedTo, seq); } })
      .catch(function () {});
  }

  function markRead() {
    if (markTimer || document.visibilityState !== "visible" || lastSeq <= markedTo) { return; }
    markTimer = setTimeout(function () { markTimer = null; sendReadMark(false); }, 1000);
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { markRead(); refreshUnread(); }
  });
  window.addEventListener("pagehide", function () {
    if (markTimer) { clearTimeout(markTimer); markTimer = null; sendReadMark(true); }
  });
  setInterval(refreshUnread, 30000);
  refreshUnread();

  if (main.getAttribute("data-archived") === "true") { setArchived(true, archivedNotice.textContent); }
  connect();
}());
