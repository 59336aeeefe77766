/*! IPT Companion web chat widget. Plain ES2019, no framework, no build step.
 * Embed with one tag (see docs/webchat.md):
 *   <script src="https://HOST/webchat/widget.js" data-server="https://HOST" defer></script>
 * Talks to Rasa's socket.io channel (session_request/session_confirm, user_uttered/bot_uttered,
 * session_persistence: true). All bot and user text is rendered with textContent, never innerHTML.
 */
(function () {
  "use strict";
  if (window.IPTCompanionWebchat) return; // embedded twice: keep the first

  var script = document.currentScript ||
    document.querySelector('script[src*="widget.js"][data-server]') ||
    document.querySelector('script[src*="widget.js"]');
  if (!script || !script.src) return;
  var ds = script.dataset;
  var src = script.src;
  var BASE = src.slice(0, src.split(/[?#]/)[0].lastIndexOf("/") + 1);
  var SERVER = (ds.server || new URL(src).origin).replace(/\/+$/, "");
  var SOCKET_PATH = ds.socketPath || "/socket.io";
  var TRANSPORTS = (ds.transports || "websocket,polling").split(",")
    .map(function (t) { return t.trim(); }).filter(Boolean);
  var INIT_PAYLOAD = ds.initPayload == null ? "/greet" : ds.initPayload;
  var TITLE = ds.title || "IPT Companion";
  var KEY = "iptc:" + SERVER + ":";
  var MAX_KEPT = 200;
  var OFFLINE_TEXT = "Offline \u2014 trying to reconnect. If you need help now, press Get help now.";
  var FALLBACK = {
    emergency: "112",
    lines: [{ name: "Find A Helpline", contact: "International directory of free helplines",
      url: "https://findahelpline.com" }]
  };

  // ---------- storage (may be blocked: never throw) ----------
  function store(name) { try { var s = window[name]; s.getItem("x"); return s; } catch (e) { return null; } }
  var LS = store("localStorage");
  var HS = ds.history === "local" ? LS : store("sessionStorage"); // history store
  function sget(s, k) { try { return s ? s.getItem(KEY + k) : null; } catch (e) { return null; } }
  function sset(s, k, v) {
    try { if (!s) return; if (v == null) s.removeItem(KEY + k); else s.setItem(KEY + k, v); } catch (e) { /* full */ }
  }
  function jget(s, k) { try { return JSON.parse(sget(s, k)); } catch (e) { return null; } }

  // ---------- state ----------
  var sessionId = sget(LS, "session");
  var hist = jget(HS, "history");
  var messages = hist && hist.session === sessionId && Array.isArray(hist.messages) ? hist.messages : [];
  var greeted = !!(hist && hist.greeted);
  var crisis = validCrisis(jget(LS, "crisis")) || null;
  var socket = null, ioLib = null, confirmed = false, offline = false, typingTimer = null, seq = Date.now();
  messages.forEach(function (m) { m.inflight = false; });

  function persist() {
    if (messages.length > MAX_KEPT) messages = messages.slice(-MAX_KEPT);
    sset(HS, "history", JSON.stringify({
      session: sessionId, greeted: greeted,
      messages: messages.map(function (m) { var c = Object.assign({}, m); delete c.inflight; return c; })
    }));
  }

  // ---------- DOM helpers ----------
  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === "text") el.textContent = v;
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    });
    (kids || []).forEach(function (c) { if (c != null) el.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return el;
  }
  function safeUrl(u, schemes) {
    try { var x = new URL(u); return (schemes || ["http:", "https:"]).indexOf(x.protocol) >= 0 ? x.href : null; } catch (e) { return null; }
  }
  // Text with clickable http(s) links; newlines kept by CSS (white-space: pre-wrap).
  function richText(el, text) {
    var re = /\bhttps?:\/\/[^\s<>"']+/gi, last = 0, m;
    while ((m = re.exec(text))) {
      var url = m[0].replace(/[.,;:!?)\]}'"]+$/, "");
      var href = safeUrl(url);
      if (!href) continue;
      el.appendChild(document.createTextNode(text.slice(last, m.index)));
      el.appendChild(h("a", { href: href, target: "_blank", rel: "noopener noreferrer nofollow", text: url }));
      last = m.index + url.length;
      re.lastIndex = last;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
    return el;
  }

  // ---------- build the widget ----------
  var host = h("div", { id: "ipt-companion-webchat", style: "visibility:hidden" });
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var css = h("link", { rel: "stylesheet", href: BASE + "widget.css" });
  function reveal() { host.style.visibility = ""; }
  css.addEventListener("load", reveal);
  css.addEventListener("error", reveal);
  setTimeout(reveal, 3000);

  var helpBtn = h("button", { type: "button", class: "help", "aria-haspopup": "dialog", text: "Get help now", onclick: function () { openHelp(); } });
  var minBtn = h("button", { type: "button", class: "min", "aria-controls": "iptc-body", onclick: function () { setOpen(!isOpen); } },
    [h("span", { "aria-hidden": "true", class: "min-icon" })]);
  var status = h("p", { class: "status", role: "status" });
  var typing = h("div", { class: "msg bot typing", hidden: true }, [
    h("p", { class: "bubble" }, [h("span", { class: "sr", text: TITLE + " is writing\u2026" }),
      h("span", { class: "dots", "aria-hidden": "true" }, [h("i"), h("i"), h("i")])])]);
  var log = h("div", { class: "log", role: "log", "aria-live": "off", tabindex: "0", "aria-label": "Conversation with " + TITLE }, [
    h("p", { class: "notice", text: TITLE + " is an automated program, not a person. It cannot respond to emergencies: if you need help now, press \u201cGet help now\u201d." }),
    typing]);
  var input = h("textarea", { id: "iptc-input", rows: "1", maxlength: "2000", autocomplete: "off", placeholder: "Type a message\u2026" });
  var sendBtn = h("button", { type: "submit", class: "send", text: "Send" });
  var form = h("form", { class: "composer", onsubmit: onSubmit }, [
    h("label", { for: "iptc-input", class: "sr", text: "Message to " + TITLE }), input, sendBtn]);
  var clearBtn = h("button", { type: "button", class: "linkbtn", text: "Clear chat from this device", onclick: clearChat });
  var foot = h("p", { class: "foot" }, ["Automated program \u00b7 not for emergencies \u00b7 ", clearBtn]);
  var live = h("div", { class: "sr", "aria-live": "polite", "aria-atomic": "false" });
  var dialog = h("div", { class: "crisis", role: "dialog", "aria-labelledby": "iptc-crisis-title", hidden: true, onkeydown: function (e) {
    if (e.key === "Escape") { e.stopPropagation(); closeHelp(); }
  } });
  var chat = h("div", { class: "chat" }, [status, log, form, foot]);
  var body = h("div", { class: "body", id: "iptc-body" }, [chat, dialog]);
  var panel = h("section", { class: "panel", "aria-label": TITLE + " chat" }, [
    h("header", { class: "header" }, [h("h2", { class: "title", text: TITLE }), helpBtn, minBtn]), body]);
  root.appendChild(css);
  root.appendChild(panel);
  root.appendChild(live);

  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); onSubmit(e); }
  });
  input.addEventListener("input", autosize);
  function autosize() { input.style.height = "auto"; input.style.height = Math.min(input.scrollHeight, 120) + "px"; }
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape" && !dialog.hidden) closeHelp(); });

  var isOpen = true;
  function setOpen(open) {
    isOpen = open;
    panel.classList.toggle("closed", !open);
    body.hidden = !open;
    minBtn.setAttribute("aria-expanded", String(open));
    minBtn.setAttribute("aria-label", open ? "Minimise chat" : "Open chat");
    sset(LS, "open", open ? "1" : "0");
    if (open) scrollDown();
  }
  setOpen(ds.open === "false" ? sget(LS, "open") === "1" : sget(LS, "open") !== "0");

  // ---------- crisis resources (no round trip to the bot) ----------
  function validCrisis(d) {
    return d && typeof d === "object" && d.countries && typeof d.countries === "object" ? d : null;
  }
  function loadCrisis() {
    if (!window.fetch) return;
    fetch(BASE + "crisis-resources.json", { cache: "no-cache", credentials: "omit" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (d) {
        if (!validCrisis(d)) return;
        crisis = d;
        sset(LS, "crisis", JSON.stringify(d));
        if (!dialog.hidden) renderHelp();
      })
      .catch(function () { /* keep the cached copy or the built-in fallback */ });
  }
  function defaultCountry() {
    var c = (ds.country || sget(LS, "country") || "").toUpperCase();
    if (c) return c;
    var langs = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < langs.length; i++) {
      var m = /[-_]([A-Za-z]{2})\b/.exec(langs[i] || "");
      if (m) return m[1].toUpperCase();
    }
    return "";
  }
  function countryData(code) {
    var cs = (crisis && crisis.countries) || {};
    if (cs[code]) return cs[code];
    if (code === "GB" && cs.UK) return cs.UK;
    if (code === "UK" && cs.GB) return cs.GB;
    return null;
  }
  var country = defaultCountry();

  function renderHelp() {
    var cd = countryData(country);
    var fb = (crisis && crisis.fallback) || FALLBACK;
    var data = cd || fb;
    var emergency = String(data.emergency || fb.emergency || "112");
    dialog.setAttribute("data-country", cd ? country : "");
    panel.setAttribute("data-country", cd ? country : "");
    var select = h("select", { id: "iptc-country", onchange: function () {
      country = select.value;
      sset(LS, "country", country || "-");
      renderHelp();
      dialog.querySelector("select").focus();
    } }, [h("option", { value: "", text: "Other country / not listed" })]);
    var cs = (crisis && crisis.countries) || {};
    Object.keys(cs).sort(function (a, b) { return String(cs[a].name || a).localeCompare(String(cs[b].name || b)); })
      .forEach(function (code) {
        select.appendChild(h("option", { value: code, text: cs[code].name || code, selected: cd && cs[code] === cd }));
      });
    // The international directory goes with every country, as in the bot's crisis message.
    var directory = (fb.lines || []).filter(function (l) { return l && /findahelpline\.com/.test(String(l.url)); });
    var listed = (Array.isArray(data.lines) ? data.lines : []).concat(cd ? directory : []);
    var lines = h("ul", { class: "lines" });
    listed.forEach(function (l) {
      if (!l || !l.name) return;
      var url = l.url && safeUrl(String(l.url));
      lines.appendChild(h("li", {}, [
        h("strong", { text: String(l.name) }),
        l.contact ? h("span", { text: String(l.contact) }) : null,
        url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "") }) : null
      ]));
    });
    // "112 or 999" is two numbers to dial; "112 (in Europe ...), or your local number" is one plus a note.
    var numbers = emergency.match(/\+?\d+/g) || [];
    var note = numbers.length && emergency.replace(/\+?\d+|\bor\b|[\s,]/g, "") ? emergency : "";
    var reviewed = (cd && cd.lines && cd.lines[0] && cd.lines[0].reviewed) || (crisis && crisis.reviewed);
    dialog.textContent = "";
    [
      h("div", { class: "crisis-top" }, [h("h2", { id: "iptc-crisis-title", tabindex: "-1", text: "Get help now" }),
        h("button", { type: "button", class: "close", text: "Close", onclick: closeHelp })]),
      h("p", { class: "lead", text: "If you are in danger, or might act on thoughts of harming yourself, call emergency services now." }),
      h("p", { class: "emergency" }, [
        h("span", { text: "Emergency number" + (cd ? " (" + (cd.name || country) + ")" : "") }),
        h("span", { class: "numbers" }, numbers.length ? numbers.map(function (n) {
          return h("a", { class: "big", href: "tel:" + n, text: n });
        }) : [h("span", { class: "big", text: emergency })])]),
      note ? h("p", { class: "small", text: note }) : null,
      cd ? null : h("p", { class: "small", text: "Emergency numbers differ by country: 112 in Europe, 911 in the US and Canada, 999 in the UK." }),
      h("p", { class: "field" }, [h("label", { for: "iptc-country", text: "Your country" }), select]),
      h("h3", { text: "Talk to someone now" }),
      lines,
      h("p", { class: "small", text: "This chat is an automated program: it cannot call anyone or send help for you." +
        (reviewed ? " Information checked " + reviewed + "." : "") })
    ].forEach(function (el) { if (el) dialog.appendChild(el); });
  }
  function openHelp() {
    if (!isOpen) setOpen(true);
    renderHelp();
    dialog.hidden = false;
    chat.setAttribute("inert", "");
    chat.setAttribute("aria-hidden", "true");
    helpBtn.setAttribute("aria-expanded", "true");
    dialog.querySelector("h2").focus();
  }
  function closeHelp() {
    dialog.hidden = true;
    chat.removeAttribute("inert");
    chat.removeAttribute("aria-hidden");
    helpBtn.setAttribute("aria-expanded", "false");
    helpBtn.focus();
  }
  helpBtn.setAttribute("aria-expanded", "false");

  // ---------- messages ----------
  var nodes = {}; // message id -> element
  function announce(text) {
    live.appendChild(h("p", { text: TITLE + ": " + text }));
    while (live.childNodes.length > 3) live.removeChild(live.firstChild);
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function isMoodReplies(qr) {
    if (!qr || qr.length !== 11) return false;
    var seen = qr.map(function (q) { return String(q.title).trim(); });
    for (var i = 0; i <= 10; i++) if (seen.indexOf(String(i)) < 0) return false;
    return true;
  }
  function pendingNote(m) {
    if (!m.pending || m.hidden) return "";
    return confirmed ? "" : offline ? "Not sent yet \u2014 it will be sent when the connection is back." : "Sending\u2026";
  }
  function render(m) {
    if (m.hidden) return null;
    var who = m.from === "user" ? "You" : TITLE;
    var el = h("div", { class: "msg " + (m.from === "user" ? "user" : "bot"), "data-id": m.id });
    if (m.text) {
      var bubble = h("p", { class: "bubble" }, [h("span", { class: "sr", text: who + " said: " })]);
      if (m.from === "user") bubble.appendChild(document.createTextNode(m.text));
      else richText(bubble, m.text);
      el.appendChild(bubble);
    }
    if (m.image) el.appendChild(h("img", { class: "image", src: m.image, alt: m.alt || "Image sent by " + TITLE }));
    if (m.from === "user") el.appendChild(h("p", { class: "meta", text: pendingNote(m) }));
    if (m.qr && m.qr.length) el.appendChild(m.mood ? renderMood(m) : renderReplies(m));
    return el;
  }
  function renderReplies(m) {
    var g = h("div", { class: "replies", role: "group", "aria-label": "Reply options" });
    m.qr.forEach(function (q, i) { g.appendChild(replyButton(m, q, i, q.title)); });
    return g;
  }
  function replyButton(m, q, i, label, aria) {
    var chosen = m.used && m.chosen === i;
    return h("button", {
      type: "button", class: "reply" + (chosen ? " chosen" : ""), disabled: !!m.used,
      "aria-label": aria ? aria + (chosen ? " (your answer)" : "") : chosen ? label + " (your answer)" : null,
      text: label, onclick: function () { choose(m, i); }
    });
  }
  function renderMood(m) {
    var lid = "iptc-mood-" + m.id, low = m.low || "very low", high = m.high || "very good";
    var row = h("div", { class: "mood-row" });
    var g = h("div", { class: "mood", role: "group", "aria-labelledby": lid }, [
      h("p", { id: lid, class: "sr", text: "Mood from 0, " + low + ", to 10, " + high }), row,
      h("div", { class: "mood-ends", "aria-hidden": "true" }, [h("span", { text: "0 \u00b7 " + low }), h("span", { text: high + " \u00b7 10" })])]);
    var order = m.qr.map(function (q, i) { return i; })
      .sort(function (a, b) { return Number(m.qr[a].title) - Number(m.qr[b].title); });
    order.forEach(function (i, pos) {
      var t = String(m.qr[i].title).trim();
      var b = replyButton(m, m.qr[i], i, t, t + (t === "0" ? ", " + low : t === "10" ? ", " + high : ""));
      b.setAttribute("tabindex", pos === 0 ? "0" : "-1");
      row.appendChild(b);
    });
    // One Tab stop for the whole scale; arrows/Home/End move between the numbers.
    row.addEventListener("keydown", function (e) {
      var bs = Array.prototype.slice.call(row.querySelectorAll("button"));
      var i = bs.indexOf(e.target);
      if (i < 0) return;
      var j = { ArrowRight: i + 1, ArrowUp: i + 1, ArrowLeft: i - 1, ArrowDown: i - 1, Home: 0, End: bs.length - 1 }[e.key];
      if (j == null) return;
      e.preventDefault();
      j = Math.max(0, Math.min(bs.length - 1, j));
      bs.forEach(function (b, k) { b.setAttribute("tabindex", k === j ? "0" : "-1"); });
      bs[j].focus();
    });
    return g;
  }
  function rerender(m) {
    var old = nodes[m.id], el = render(m);
    if (old && el) { log.replaceChild(el, old); nodes[m.id] = el; }
  }
  function add(m, isNew) {
    var el = render(m);
    if (el) { nodes[m.id] = el; log.insertBefore(el, typing); }
    if (isNew) {
      messages.push(m);
      persist();
      if (m.from === "bot") {
        var say = m.text || "";
        if (m.mood) say += (say ? " " : "") + "Choose a number from 0, " + (m.low || "very low") + ", to 10, " + (m.high || "very good") + ".";
        else if (m.qr && m.qr.length) say += " Reply options: " + m.qr.map(function (q) { return q.title; }).join(", ") + ".";
        if (say) announce(say);
      }
    }
    scrollDown();
  }
  function choose(m, i) {
    if (m.used) return;
    var q = m.qr[i];
    sendUser(String(q.title), String(q.payload), m, i);
    input.focus();
  }
  // Once the participant answers (button or typed), older quick replies are disabled.
  function retireReplies(keep, chosenIndex) {
    messages.forEach(function (m) {
      if (m.from === "bot" && m.qr && m.qr.length && !m.used) {
        m.used = true;
        if (m === keep) m.chosen = chosenIndex;
        rerender(m);
      }
    });
  }

  function onBot(data) {
    if (typeof data === "string") data = { text: data };
    if (!data || typeof data !== "object") return;
    var c = data.custom && typeof data.custom === "object" ? data.custom : data;
    if (c.data && typeof c.data === "object" && !c.text && !c.widget) c = c.data;
    var text = typeof data.text === "string" ? data.text : typeof c.text === "string" ? c.text : "";
    var raw = Array.isArray(data.quick_replies) ? data.quick_replies : Array.isArray(data.buttons) ? data.buttons : Array.isArray(c.buttons) ? c.buttons : [];
    var qr = raw.filter(function (q) { return q && q.title != null && q.payload != null; })
      .map(function (q) { return { title: String(q.title), payload: String(q.payload) }; });
    var m = { id: "b" + (seq++), from: "bot", text: text };
    if (c.widget === "mood_scale") {
      var intent = c.intent || "inform_mood", entity = c.entity || "mood_score";
      qr = [];
      for (var n = 0; n <= 10; n++) { var o = {}; o[entity] = n; qr.push({ title: String(n), payload: "/" + intent + JSON.stringify(o) }); }
      m.mood = true;
      if (c.low_label) m.low = String(c.low_label);
      if (c.high_label) m.high = String(c.high_label);
    } else if (isMoodReplies(qr)) m.mood = true;
    if (qr.length) m.qr = qr;
    var att = data.attachment;
    if (att && att.type === "image" && att.payload && safeUrl(String(att.payload.src))) m.image = safeUrl(String(att.payload.src));
    if (!m.text && !m.qr && !m.image) return;
    // A bot answer means what we sent before it arrived (Rasa handles messages in order).
    messages.forEach(function (u) { if (u.inflight) delivered(u); });
    hideTyping();
    add(m, true);
  }

  // ---------- sending (never lose a message: queue while offline, resend unconfirmed) ----------
  function onSubmit(e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = "";
    autosize();
    sendUser(text, text, null);
    input.focus();
  }
  function sendUser(title, payload, fromMsg, chosenIndex) {
    retireReplies(fromMsg, chosenIndex);
    add({ id: "u" + (seq++), from: "user", text: title, payload: payload, pending: true }, true);
    flush();
  }
  function flush() {
    if (!socket || !socket.connected || !confirmed) return;
    messages.forEach(function (m) {
      if (!m.pending || m.inflight) return;
      m.inflight = true;
      socket.emit("user_uttered", { message: m.payload, session_id: sessionId, metadata: { language: navigator.language || "" } },
        function () { delivered(m); });
      showTyping();
    });
  }
  function delivered(m) {
    if (!m.pending) return;
    m.pending = false;
    m.inflight = false;
    if (m.hidden) greeted = true;
    persist();
    rerender(m);
  }
  function refreshNotes() {
    messages.forEach(function (m) {
      var el = nodes[m.id], meta = el && el.querySelector(".meta");
      if (meta) meta.textContent = pendingNote(m);
    });
  }
  function showTyping() {
    typing.hidden = false;
    scrollDown();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, 20000);
  }
  function hideTyping() { typing.hidden = true; clearTimeout(typingTimer); }

  function setStatus(text, kind) {
    status.textContent = text;
    status.className = "status" + (kind ? " " + kind : "");
    panel.setAttribute("data-connection", kind || "online");
  }

  // ---------- socket.io ----------
  function onConnect() {
    confirmed = false;
    socket.emit("session_request", { session_id: sessionId || null });
  }
  function onConfirm(id) {
    var sid = typeof id === "string" ? id : id && id.session_id;
    if (!sid) return;
    if (sid !== sessionId) { sessionId = sid; sset(LS, "session", sid); }
    confirmed = true;
    offline = false;
    setStatus("", "");
    if (!greeted && INIT_PAYLOAD && !messages.some(function (m) { return m.from === "user"; }) &&
        !messages.some(function (m) { return m.hidden; })) {
      messages.push({ id: "u" + (seq++), from: "user", hidden: true, text: "", payload: INIT_PAYLOAD, pending: true });
      persist();
    }
    refreshNotes();
    flush();
  }
  function onOffline() {
    confirmed = false;
    offline = true;
    messages.forEach(function (m) { m.inflight = false; });
    hideTyping();
    setStatus(OFFLINE_TEXT, "offline");
    refreshNotes();
  }
  function connect() {
    if (!ioLib) return;
    socket = ioLib(SERVER, {
      path: SOCKET_PATH, transports: TRANSPORTS, tryAllTransports: true,
      reconnection: true, reconnectionDelay: 1000, reconnectionDelayMax: 10000, randomizationFactor: 0.5
    });
    socket.on("connect", onConnect);
    socket.on("session_confirm", onConfirm);
    socket.on("bot_uttered", onBot);
    socket.on("connect_error", onOffline);
    socket.on("disconnect", function (reason) {
      onOffline();
      if (reason === "io server disconnect") socket.connect(); // the server kicked us: come back
    });
  }
  function loadIo() {
    var prev = window.io;
    var s = h("script", { src: BASE + "vendor/socket.io.min.js", async: true });
    s.onload = function () {
      ioLib = window.io;
      if (prev === undefined) { try { delete window.io; } catch (e) { /* keep */ } } else window.io = prev;
      if (typeof ioLib !== "function") { setStatus("The chat could not start. If you need help now, press Get help now.", "offline"); return; }
      connect();
    };
    s.onerror = function () { s.remove(); onOffline(); setTimeout(loadIo, 5000); };
    document.head.appendChild(s);
  }

  function clearChat() {
    if (!window.confirm("Remove this conversation from this device and start a new one?")) return;
    messages.forEach(function (m) { var el = nodes[m.id]; if (el) el.remove(); });
    messages = []; nodes = {}; greeted = false; sessionId = null;
    sset(LS, "session", null);
    sset(HS, "history", null);
    if (socket) socket.disconnect().connect(); // leave the old session's room, ask for a new one
    input.focus();
  }

  // ---------- start ----------
  function start() {
    document.body.appendChild(host);
    messages.forEach(function (m) { add(m, false); });
    setStatus("Connecting\u2026", "connecting");
    loadCrisis();
    loadIo();
  }
  window.IPTCompanionWebchat = {
    openHelp: openHelp, closeHelp: closeHelp, open: function () { setOpen(true); },
    status: function () {
      var eng = socket && socket.io && socket.io.engine;
      return { connected: !!(socket && socket.connected), confirmed: confirmed, sessionId: sessionId,
        transport: eng && eng.transport ? eng.transport.name : null };
    }
  };
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
