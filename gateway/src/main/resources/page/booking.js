// The booking page: choose a service, a day, a start; hold it, fill in who you are, book; cancel from the
// confirmation. Every step is one call of /book/{tenant}/api/…, which speaks for the page to the native API.
(function () {
  'use strict';
  var TEXTS = {
    en: { thenAlso: 'Then also (optional)', onlyFirst: 'Only the first service', nothingMore: 'Nothing more',
      payFromCredit: 'Pay {owed} from credit',
      voucherCode: 'Voucher code', payVoucher: 'Pay with the voucher', paidNow: 'Paid: {paid} of {price}.',
      choosePassword: 'Choose your password', password: 'Password', setPassword: 'Set the password',
      sendLink: 'Send me a sign-in link', linkSent: 'If this address has an account here, a sign-in link is on its way.',
      move: 'Move', moving: 'Choose the new start for {ref}.', moved: 'Your booking {ref} is moved.',
      ticketCode: 'QR code of your ticket: show it at the door',
      seatsLeft: 'seats left', full: 'Full: join the waiting list', joinWaitlist: 'Join the waiting list', waiting: 'You are on the waiting list. We will write when a seat is free.',
      myBookings: 'My bookings', signOut: 'Sign out', signedInAs: 'Signed in as', credit: 'Credit', passEntries: 'entries left on a pass', noBookings: 'No upcoming bookings.', cancelled: 'cancelled', signInFailed: 'The sign-in link is no longer valid; ask for a new one.',
      language: 'Language', chooseService: 'Choose a service', location: 'Location', chooseDay: 'Choose a day',
      previousMonth: 'Previous month', nextMonth: 'Next month', chooseStart: 'Choose a start',
      yourDetails: 'Your details', heldFor: 'Held for you for', firstName: 'First name', lastName: 'Last name',
      email: 'E-mail', phone: 'Phone', book: 'Book', booked: 'Booked', reference: 'Reference', service: 'Service',
      when: 'When', ticket: 'Ticket', addToCalendar: 'Add to calendar', cancel: 'Cancel this booking',
      cancelledHeading: 'Your booking is cancelled', again: 'Choose another time', minutes: 'min',
      noStarts: 'No free starts on this day.', startsFree: 'free starts', zoneNote: 'Times are in {zone}; yours in brackets.',
      taken: 'Someone has just taken this start. These are free:', expired: 'The hold expired; choose a start again.',
      failed: 'Something went wrong; please try again.', required: 'Please fill this in.', noPage: 'This booking page is not available.' },
    cs: { thenAlso: 'Potom ještě (nepovinné)', onlyFirst: 'Jen první služba', nothingMore: 'Nic dalšího',
      payFromCredit: 'Zaplatit {owed} z kreditu',
      voucherCode: 'Kód poukazu', payVoucher: 'Zaplatit poukazem', paidNow: 'Zaplaceno: {paid} z {price}.',
      choosePassword: 'Zvolte si heslo', password: 'Heslo', setPassword: 'Nastavit heslo',
      sendLink: 'Poslat přihlašovací odkaz', linkSent: 'Pokud k této adrese patří účet, přihlašovací odkaz je na cestě.',
      move: 'Přesunout', moving: 'Vyberte nový čas pro {ref}.', moved: 'Rezervace {ref} je přesunuta.',
      ticketCode: 'QR kód vstupenky: ukažte jej u vstupu',
      seatsLeft: 'volných míst', full: 'Plno: zapsat se na čekací listinu', joinWaitlist: 'Zapsat na čekací listinu', waiting: 'Jste na čekací listině. Ozveme se, až se uvolní místo.',
      myBookings: 'Moje rezervace', signOut: 'Odhlásit', signedInAs: 'Přihlášen(a) jako', credit: 'Kredit', passEntries: 'vstupů zbývá na permanentce', noBookings: 'Žádné nadcházející rezervace.', cancelled: 'zrušeno', signInFailed: 'Přihlašovací odkaz už neplatí; požádejte o nový.',
      language: 'Jazyk', chooseService: 'Vyberte službu', location: 'Pobočka', chooseDay: 'Vyberte den',
      previousMonth: 'Předchozí měsíc', nextMonth: 'Další měsíc', chooseStart: 'Vyberte čas',
      yourDetails: 'Vaše údaje', heldFor: 'Drženo pro vás ještě', firstName: 'Jméno', lastName: 'Příjmení',
      email: 'E-mail', phone: 'Telefon', book: 'Rezervovat', booked: 'Rezervováno', reference: 'Číslo rezervace',
      service: 'Služba', when: 'Kdy', ticket: 'Vstupenka', addToCalendar: 'Přidat do kalendáře',
      cancel: 'Zrušit rezervaci', cancelledHeading: 'Rezervace je zrušena', again: 'Vybrat jiný čas', minutes: 'min',
      noStarts: 'V tento den není volný termín.', startsFree: 'volných časů', zoneNote: 'Časy jsou v zóně {zone}; vaše v závorce.',
      taken: 'Tento čas právě někdo obsadil. Volné jsou:', expired: 'Držení vypršelo; vyberte čas znovu.',
      failed: 'Něco se nepovedlo; zkuste to prosím znovu.', required: 'Vyplňte prosím.', noPage: 'Tato rezervační stránka není dostupná.' },
    de: { thenAlso: 'Danach noch (optional)', onlyFirst: 'Nur die erste Leistung', nothingMore: 'Nichts weiter',
      payFromCredit: '{owed} mit Guthaben bezahlen',
      voucherCode: 'Gutscheincode', payVoucher: 'Mit Gutschein bezahlen', paidNow: 'Bezahlt: {paid} von {price}.',
      choosePassword: 'Passwort wählen', password: 'Passwort', setPassword: 'Passwort setzen',
      sendLink: 'Anmeldelink schicken', linkSent: 'Wenn zu dieser Adresse ein Konto gehört, ist ein Anmeldelink unterwegs.',
      move: 'Verschieben', moving: 'Neue Uhrzeit für {ref} wählen.', moved: 'Ihre Buchung {ref} ist verschoben.',
      ticketCode: 'QR-Code Ihres Tickets: am Eingang vorzeigen',
      seatsLeft: 'Plätze frei', full: 'Voll: auf die Warteliste', joinWaitlist: 'Auf die Warteliste', waiting: 'Sie stehen auf der Warteliste. Wir melden uns, sobald ein Platz frei wird.',
      myBookings: 'Meine Buchungen', signOut: 'Abmelden', signedInAs: 'Angemeldet als', credit: 'Guthaben', passEntries: 'Eintritte auf einer Karte übrig', noBookings: 'Keine anstehenden Buchungen.', cancelled: 'storniert', signInFailed: 'Der Anmeldelink gilt nicht mehr; bitte einen neuen anfordern.',
      language: 'Sprache', chooseService: 'Leistung wählen', location: 'Standort', chooseDay: 'Tag wählen',
      previousMonth: 'Voriger Monat', nextMonth: 'Nächster Monat', chooseStart: 'Uhrzeit wählen',
      yourDetails: 'Ihre Angaben', heldFor: 'Für Sie reserviert noch', firstName: 'Vorname', lastName: 'Nachname',
      email: 'E-Mail', phone: 'Telefon', book: 'Buchen', booked: 'Gebucht', reference: 'Buchungsnummer',
      service: 'Leistung', when: 'Wann', ticket: 'Ticket', addToCalendar: 'Zum Kalender hinzufügen',
      cancel: 'Buchung stornieren', cancelledHeading: 'Ihre Buchung ist storniert', again: 'Andere Zeit wählen', minutes: 'Min.',
      noStarts: 'An diesem Tag ist nichts frei.', startsFree: 'freie Zeiten', zoneNote: 'Zeiten in {zone}; Ihre in Klammern.',
      taken: 'Diese Zeit wurde gerade vergeben. Frei sind:', expired: 'Die Reservierung ist abgelaufen; bitte neu wählen.',
      failed: 'Etwas ist schiefgegangen; bitte erneut versuchen.', required: 'Bitte ausfüllen.', noPage: 'Diese Buchungsseite ist nicht verfügbar.' },
    nl: { thenAlso: 'Daarna ook (optioneel)', onlyFirst: 'Alleen de eerste dienst', nothingMore: 'Niets meer',
      payFromCredit: '{owed} betalen met tegoed',
      voucherCode: 'Waardeboncode', payVoucher: 'Betalen met waardebon', paidNow: 'Betaald: {paid} van {price}.',
      choosePassword: 'Kies uw wachtwoord', password: 'Wachtwoord', setPassword: 'Wachtwoord instellen',
      sendLink: 'Stuur mij een aanmeldlink', linkSent: 'Hoort bij dit adres een account, dan is een aanmeldlink onderweg.',
      move: 'Verplaatsen', moving: 'Kies de nieuwe tijd voor {ref}.', moved: 'Uw boeking {ref} is verplaatst.',
      ticketCode: 'QR-code van uw ticket: toon hem bij de ingang',
      seatsLeft: 'plaatsen vrij', full: 'Vol: op de wachtlijst', joinWaitlist: 'Op de wachtlijst', waiting: 'U staat op de wachtlijst. We laten het weten zodra er een plaats vrij is.',
      myBookings: 'Mijn boekingen', signOut: 'Afmelden', signedInAs: 'Aangemeld als', credit: 'Tegoed', passEntries: 'beurten over op een kaart', noBookings: 'Geen komende boekingen.', cancelled: 'geannuleerd', signInFailed: 'De aanmeldlink is niet meer geldig; vraag een nieuwe aan.',
      language: 'Taal', chooseService: 'Kies een dienst', location: 'Locatie', chooseDay: 'Kies een dag',
      previousMonth: 'Vorige maand', nextMonth: 'Volgende maand', chooseStart: 'Kies een tijd',
      yourDetails: 'Uw gegevens', heldFor: 'Voor u vastgehouden nog', firstName: 'Voornaam', lastName: 'Achternaam',
      email: 'E-mail', phone: 'Telefoon', book: 'Boeken', booked: 'Geboekt', reference: 'Boekingsnummer',
      service: 'Dienst', when: 'Wanneer', ticket: 'Ticket', addToCalendar: 'Toevoegen aan agenda',
      cancel: 'Boeking annuleren', cancelledHeading: 'Uw boeking is geannuleerd', again: 'Andere tijd kiezen', minutes: 'min',
      noStarts: 'Geen vrije tijden op deze dag.', startsFree: 'vrije tijden', zoneNote: 'Tijden in {zone}; de uwe tussen haakjes.',
      taken: 'Deze tijd is net bezet. Vrij zijn:', expired: 'De reservering is verlopen; kies opnieuw.',
      failed: 'Er ging iets mis; probeer het opnieuw.', required: 'Vul dit in.', noPage: 'Deze boekingspagina is niet beschikbaar.' }
  };
  var home = location.pathname.match(/^\/book\/[^/]+\//)[0];
  var api = home + 'api/';
  var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var state = { language: pickLanguage(), page: null, location: null, service: null, then: [], month: null,
    date: null, hold: null, booking: null, timer: null };
  var MOST_IN_A_ROW = 3;

  function pickLanguage() {
    var stored = localStorage.getItem('horae.language');
    var wanted = [stored].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var code = (wanted[i] || '').slice(0, 2).toLowerCase();
      if (TEXTS[code]) { return code; }
    }
    return 'en';
  }
  function t(key) { return TEXTS[state.language][key] || TEXTS.en[key]; }
  function $(id) { return document.getElementById(id); }
  function show(id, visible) { $(id).hidden = !visible; }
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var sessionKey = 'horae.session.' + home;
  function call(method, path, body) {
    var options = { method: method, headers: { 'Accept-Language': state.language, 'Accept': 'application/json' } };
    if (sessionStorage.getItem(sessionKey) && path.indexOf('http') !== 0) { options.headers.Authorization = 'Bearer ' + sessionStorage.getItem(sessionKey); }
    if (body) { options.headers['Content-Type'] = 'application/json'; options.body = JSON.stringify(body); }
    return fetch(path.charAt(0) === '/' || path.indexOf('http') === 0 ? path : api + path, options).then(function (response) {
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : null;
        if (!response.ok) { var error = new Error(json && json.detail || t('failed')); error.status = response.status; error.problem = json || {}; throw error; }
        return json;
      });
    });
  }
  function say(text) { $('message').textContent = text || ''; show('message', !!text); }
  function fail(error) { say(error.message || t('failed')); }

  function translate() {
    document.documentElement.lang = state.language;
    $('language').value = state.language;
    document.querySelectorAll('[data-text]').forEach(function (node) { node.textContent = t(node.getAttribute('data-text')); });
    document.querySelectorAll('[data-label]').forEach(function (node) { node.setAttribute('aria-label', t(node.getAttribute('data-label'))); });
  }

  function zone() { return state.location.timeZone; }
  function localDate(instant) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  }
  function time(instant, timeZone) {
    return new Intl.DateTimeFormat(state.language, { timeZone: timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
  }
  function dateTime(instant) {
    return new Intl.DateTimeFormat(state.language, { timeZone: zone(), dateStyle: 'full', timeStyle: 'short' }).format(new Date(instant));
  }

  function loadPage() {
    return call('GET', 'page').then(function (page) {
      state.page = page;
      document.title = page.title;
      $('title').textContent = page.title;
      document.documentElement.style.setProperty('--accent', page.colour);
      if (page.logoUrl) { $('logo').src = page.logoUrl; }
      show('logo', !!page.logoUrl);
      var select = $('location');
      select.textContent = '';
      page.locations.forEach(function (l) { select.appendChild(el('option', { value: l.id }, l.name)); });
      show('location-field', page.locations.length > 1);
      state.location = page.locations[0] || null;
      renderServices();
      if (state.service) { renderThen(); }
    }).catch(function (error) { say(error.status === 404 ? t('noPage') : error.message); show('choose', false); });
  }

  function isChosen(service) { return !!state.service && state.service.id === service.id; }

  function renderServices() {
    var list = $('services');
    list.textContent = '';
    state.page.services.forEach(function (s) {
      var price = s.price != null ? ' · ' + new Intl.NumberFormat(state.language, { style: 'currency', currency: s.currency || 'EUR' }).format(s.price) : '';
      var button = el('button', { type: 'button', 'class': 'service', 'data-id': s.id, role: 'radio',
        'aria-checked': String(isChosen(s)), 'aria-pressed': String(isChosen(s)) },
        s.name + ' · ' + s.durationMinutes + ' ' + t('minutes') + price);
      button.addEventListener('click', function () { chooseService(s); });
      list.appendChild(button);
    });
  }

  function chooseService(service) {
    state.service = service;
    state.then = [];
    state.month = localDate(new Date()).slice(0, 7);
    renderServices();
    renderThen();
    show('times', false); show('details', false);
    renderMonth();
  }

  /** Services in a row: after the chosen one, up to two more, each starting when the one before ends. */
  function renderThen() {
    var chosen = [state.service].concat(state.then);
    var ids = chosen.map(function (s) { return s.id; });
    var select = $('then');
    select.textContent = '';
    select.appendChild(el('option', { value: '' }, t('nothingMore')));
    state.page.services.filter(function (s) { return ids.indexOf(s.id) < 0; })
      .forEach(function (s) { select.appendChild(el('option', { value: s.id }, s.name)); });
    show('then-field', !state.moving && state.page.services.length > 1 && chosen.length < MOST_IN_A_ROW + 1);
    select.disabled = chosen.length >= MOST_IN_A_ROW;
    $('chain').textContent = state.then.length ? chosen.map(function (s) { return s.name; }).join(' → ') : '';
    show('then-clear', state.then.length > 0);
  }

  function addThen(id) {
    var next = state.page.services.filter(function (s) { return s.id === id; })[0];
    if (!next) { return; }
    state.then.push(next);
    renderThen();
    show('times', false); show('details', false);
    renderMonth();
    $('then').focus();
  }

  /** The query naming the chosen services: the first, then those in a row after it. */
  function servicesQuery() {
    return 'serviceId=' + state.service.id + (state.then.length
      ? '&then=' + state.then.map(function (s) { return s.id; }).join(',') : '');
  }

  function renderMonth() {
    show('calendar', true);
    var parts = state.month.split('-').map(Number);
    $('month').textContent = new Intl.DateTimeFormat(state.language, { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(parts[0], parts[1] - 1, 1)));
    $('previous-month').disabled = state.month <= localDate(new Date()).slice(0, 7);
    $('days').setAttribute('aria-busy', 'true');
    call('GET', 'days?' + servicesQuery() + '&locationId=' + state.location.id + '&month=' + state.month)
      .then(function (days) { drawDays(parts[0], parts[1], days); }).catch(fail)
      .then(function () { $('days').setAttribute('aria-busy', 'false'); });
  }

  function drawDays(year, month, days) {
    var grid = $('days');
    grid.textContent = '';
    var free = {};
    days.forEach(function (d) { free[d.date] = d.starts; });
    for (var w = 0; w < 7; w++) {
      grid.appendChild(el('span', { 'class': 'weekday', 'aria-hidden': 'true' }, new Intl.DateTimeFormat(state.language,
        { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + w)))));
    }
    var first = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
    for (var i = 0; i < first; i++) { grid.appendChild(el('span')); }
    var length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (var day = 1; day <= length; day++) {
      var date = year + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0');
      var label = new Intl.DateTimeFormat(state.language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
      var button = el('button', { type: 'button', 'class': 'day', 'data-date': date,
        'aria-label': label + (free[date] ? ', ' + free[date] + ' ' + t('startsFree') : '') }, String(day));
      button.disabled = !free[date];
      button.setAttribute('aria-pressed', String(date === state.date));
      button.addEventListener('click', chooseDay.bind(null, date));
      grid.appendChild(button);
    }
  }

  function shiftMonth(by) {
    var parts = state.month.split('-').map(Number);
    var next = new Date(Date.UTC(parts[0], parts[1] - 1 + by, 1));
    state.month = next.getUTCFullYear() + '-' + String(next.getUTCMonth() + 1).padStart(2, '0');
    renderMonth();
  }

  function chooseDay(date) {
    state.date = date;
    say('');
    document.querySelectorAll('#days button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-date') === date)); });
    call('GET', 'starts?' + servicesQuery() + '&locationId=' + state.location.id + '&date=' + date)
      .then(drawStarts).catch(fail);
  }

  function drawStarts(starts) {
    show('times', true); show('details', false);
    $('zone-note').textContent = visitorZone !== zone() ? t('zoneNote').replace('{zone}', zone()) : '';
    var list = $('starts');
    list.textContent = '';
    if (!starts.length) { list.appendChild(el('p', {}, t('noStarts'))); }
    starts.forEach(function (s) {
      var attributes = s.classId ? { type: 'button', 'class': 'start class', 'data-class': s.classId, 'data-start': s.start }
        : { type: 'button', 'class': 'start', 'data-start': s.start };
      var button = el('button', attributes, time(s.start, zone()));
      if (visitorZone !== zone()) { button.appendChild(el('small', {}, '(' + time(s.start, visitorZone) + ')')); }
      if (s.classId) {
        button.appendChild(el('small', { 'class': 'seats' }, s.seatsLeft > 0 ? s.seatsLeft + ' ' + t('seatsLeft') : t('full')));
      }
      button.addEventListener('click', function () {
        if (state.moving) { moveTo(s); } else if (s.classId && s.seatsLeft <= 0) { waitFor(s); } else { hold(s); }
      });
      list.appendChild(button);
    });
  }

  function hold(start) {
    say('');
    state.waitFor = null;
    var asked = start.classId ? { serviceId: state.service.id, classId: start.classId }
      : state.then.length ? { serviceId: state.service.id, then: state.then.map(function (s) { return s.id; }).join(','),
        locationId: state.location.id, start: start.start }
      : { serviceId: state.service.id, resourceId: start.resourceId, start: start.start };
    call('POST', 'holds', asked).then(function (held) {
      state.hold = { id: held.id, expiresAt: new Date(held.expiresAt).getTime(), start: start.start };
      show('held', true);
      $('book').textContent = t('book');
      show('details', true);
      tick();
      clearInterval(state.timer);
      state.timer = setInterval(tick, 1000);
      $('firstName').focus();
    }).catch(function (error) {
      if (error.status === 409) {
        say(t('taken'));
        drawStarts(error.problem.nextStarts || []);
      } else { fail(error); }
    });
  }

  /** A full class: the same form puts the customer on its waiting list instead of booking. */
  function waitFor(start) {
    say('');
    clearInterval(state.timer);
    state.hold = null;
    state.waitFor = start;
    show('held', false);
    $('book').textContent = t('joinWaitlist');
    show('details', true);
    $('firstName').focus();
  }

  function tick() {
    var left = Math.max(0, Math.round((state.hold.expiresAt - Date.now()) / 1000));
    $('countdown').textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left === 0) { clearInterval(state.timer); show('details', false); say(t('expired')); chooseDay(state.date); }
  }

  function book(event) {
    event.preventDefault();
    var fields = ['firstName', 'lastName', 'email', 'phone'];
    var visitor = state.waitFor ? { serviceId: state.service.id, classId: state.waitFor.classId } : { holdId: state.hold.id };
    fields.forEach(function (f) { var v = $(f).value.trim(); visitor[f] = v === '' ? null : v; markField(f, ''); });
    var done = state.waitFor ? call('POST', 'waitlist', visitor).then(function () {
      show('details', false); show('times', false);
      say('');
      $('waiting').textContent = t('waiting');
      show('waiting', true);
    }) : call('POST', 'bookings', visitor).then(function (booking) {
      clearInterval(state.timer);
      state.booking = booking;
      show('choose', false); show('calendar', false); show('times', false); show('details', false);
      $('reference').textContent = booking.reference;
      $('booked-service').textContent = booking.serviceName;
      $('booked-when').textContent = dateTime(booking.start);
      $('ticket').textContent = booking.ticket;
      $('calendar-file').href = booking.calendarUrl;
      $('ticket-code').src = booking.ticketUrl;
      show('voucher-form', !!booking.voucherUrl && booking.price > 0 && booking.paid < booking.price);
      show('paid', false);
      $('ticket-code').alt = t('ticketCode');
      show('confirmation', true);
      $('confirmation-heading').focus();
    });
    done.catch(function (error) {
      var errors = (error.problem && error.problem.errors) || [];
      errors.forEach(function (e) { if (fields.indexOf(e.field) >= 0) { markField(e.field, e.message); } });
      if (!errors.some(function (e) { return fields.indexOf(e.field) >= 0; })) { fail(error); }
      else { $(errors[0].field).focus(); }
    });
  }

  function money(amount) {
    var currency = state.booking.currency || 'EUR';
    return new Intl.NumberFormat(state.language, { style: 'currency', currency: currency }).format(amount);
  }

  function payWithVoucher(event) {
    event.preventDefault();
    $('error-voucher-code').textContent = '';
    call('POST', state.booking.voucherUrl, { code: $('voucher-code').value.trim() }).then(function (summary) {
      state.booking.paid = summary.paid;
      $('paid').textContent = t('paidNow').replace('{paid}', money(summary.paid)).replace('{price}', money(summary.price));
      show('paid', true);
      show('voucher-form', summary.owed > 0);
    }).catch(function (error) {
      var errors = (error.problem && error.problem.errors) || [];
      $('error-voucher-code').textContent = errors.length ? errors[0].message : error.message;
    });
  }

  function markField(field, message) {
    $('error-' + field).textContent = message;
    $(field).setAttribute('aria-invalid', String(!!message));
  }

  function cancel() {
    call('POST', state.booking.cancelUrl).then(function () {
      show('confirmation', false); show('cancelled', true);
    }).catch(fail);
  }

  function again() {
    show('cancelled', false); show('choose', true);
    state.month = state.date.slice(0, 7);
    renderMonth();
    chooseDay(state.date);
  }

  // My bookings: a one-time login link (…/book/{tenant}/#login=<token>) opens a session kept for this tab
  function signIn() {
    var token = (location.hash.match(/^#login=([^&]+)$/) || [])[1];
    if (!token) { return showMine(); }
    history.replaceState(null, '', location.pathname);
    call('POST', 'sessions', { token: decodeURIComponent(token) }).then(function (opened) {
      sessionStorage.setItem(sessionKey, opened.session);
      showMine();
    }).catch(function () { say(t('signInFailed')); });
  }

  /** The invitation's link (…/book/{tenant}/password?token=…): the password is set and the customer signed in. */
  function setPassword(event) {
    event.preventDefault();
    var token = new URLSearchParams(location.search).get('token');
    $('error-new-password').textContent = '';
    call('POST', 'passwords', { token: token, password: $('new-password').value }).then(function (opened) {
      sessionStorage.setItem(sessionKey, opened.session);
      history.replaceState(null, '', home);
      show('password', false);
      showMine();
    }).catch(function (error) {
      var errors = (error.problem && error.problem.errors) || [];
      if (errors.length) { $('error-new-password').textContent = errors[0].message; } else { fail(error); }
    });
  }

  function sendLink(event) {
    event.preventDefault();
    $('error-sign-in-email').textContent = '';
    call('POST', 'sign-in-links', { email: $('sign-in-email').value.trim() }).then(function () {
      $('link-sent').textContent = t('linkSent');
      show('link-sent', true);
    }).catch(function (error) {
      var errors = (error.problem && error.problem.errors) || [];
      if (errors.length) { $('error-sign-in-email').textContent = errors[0].message; } else { fail(error); }
    });
  }

  function showMine() {
    show('sign-in', !sessionStorage.getItem(sessionKey));
    if (!sessionStorage.getItem(sessionKey)) { show('mine', false); return; }
    call('GET', 'my').then(function (mine) {
      $('mine-name').textContent = t('signedInAs') + ' ' + [mine.firstName, mine.lastName].join(' ');
      var list = $('mine-list');
      list.textContent = '';
      if (!mine.bookings.length) { list.appendChild(el('li', {}, t('noBookings'))); }
      mine.bookings.forEach(function (b) {
        var item = el('li', { 'data-reference': b.reference });
        var over = b.status === 'CANCELLED' || b.status === 'REJECTED';
        item.appendChild(el('span', {}, (b.serviceName || '') + ' · ' + dateTimeIn(b.start) + ' · ' + b.reference
          + (over ? ' · ' + t('cancelled') : '')));
        if (!over) {
          item.appendChild(el('a', { href: b.calendarUrl, download: b.reference + '.ics' }, t('addToCalendar')));
          if (b.owed > 0 && mine.creditPayments) {
            var owed = new Intl.NumberFormat(state.language, { style: 'currency', currency: b.currency || 'EUR' }).format(b.owed);
            var pay = el('button', { type: 'button', 'class': 'pay-mine' }, t('payFromCredit').replace('{owed}', owed));
            pay.addEventListener('click', function () { call('POST', 'my/bookings/' + b.id + '/credit-payments').then(showMine).catch(fail); });
            item.appendChild(pay);
          }
          var move = el('button', { type: 'button', 'class': 'move-mine' }, t('move'));
          move.addEventListener('click', function () { startMoving(b); });
          item.appendChild(move);
          var cancel = el('button', { type: 'button', 'class': 'cancel-mine' }, t('cancel'));
          cancel.addEventListener('click', function () { call('POST', b.cancelUrl).then(showMine).catch(fail); });
          item.appendChild(cancel);
        }
        list.appendChild(item);
      });
      var wallet = t('credit') + ': ' + (mine.credit == null ? 0 : mine.credit);
      mine.passes.forEach(function (p) { wallet += ' · ' + p.entriesLeft + '/' + p.entriesTotal + ' ' + t('passEntries'); });
      $('mine-wallet').textContent = wallet;
      show('mine', true);
    }).catch(function (error) {
      if (error.status === 401) { sessionStorage.removeItem(sessionKey); show('mine', false); show('sign-in', true); } else { fail(error); }
    });
  }

  /** Moving a booking: the same service's calendar, and a start chosen there moves it instead of holding one. */
  function startMoving(booking) {
    var service = state.page.services.filter(function (s) { return s.id === booking.serviceId; })[0];
    if (!service) { say(t('failed')); return; }
    state.moving = booking;
    say('');
    $('moving').textContent = t('moving').replace('{ref}', booking.reference);
    show('moving', true);
    chooseService(service);
  }

  function moveTo(start) {
    var booking = state.moving;
    call('POST', booking.moveUrl, { start: start.start }).then(function () {
      state.moving = null;
      show('moving', false); show('times', false); show('calendar', false);
      $('waiting').textContent = t('moved').replace('{ref}', booking.reference);
      show('waiting', true);
      showMine();
    }).catch(fail);
  }

  function signOut() {
    call('DELETE', 'sessions').then(function () { sessionStorage.removeItem(sessionKey); show('mine', false); show('sign-in', true); });
  }

  /** A time in the booking page's first location's zone (where the customer's bookings are). */
  function dateTimeIn(instant) {
    return new Intl.DateTimeFormat(state.language, { timeZone: state.location ? zone() : undefined,
      dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('confirmation-heading').tabIndex = -1;
    $('language').addEventListener('change', function (e) {
      state.language = e.target.value;
      localStorage.setItem('horae.language', state.language);
      translate();
      if (state.page) { loadPage(); }
    });
    $('previous-month').addEventListener('click', function () { shiftMonth(-1); });
    $('next-month').addEventListener('click', function () { shiftMonth(1); });
    $('then').addEventListener('change', function (e) { if (e.target.value) { addThen(e.target.value); } });
    $('then-clear').addEventListener('click', function () { chooseService(state.service); $('then').focus(); });
    $('form').addEventListener('submit', book);
    $('cancel').addEventListener('click', cancel);
    $('again').addEventListener('click', again);
    $('sign-out').addEventListener('click', signOut);
    $('sign-in-form').addEventListener('submit', sendLink);
    $('voucher-form').addEventListener('submit', payWithVoucher);
    $('password-form').addEventListener('submit', setPassword);
    show('password', /\/password$/.test(location.pathname) && new URLSearchParams(location.search).has('token'));
    window.addEventListener('hashchange', signIn);
    translate();
    loadPage().then(signIn);
  });
})();
