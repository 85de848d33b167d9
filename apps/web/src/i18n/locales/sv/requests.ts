// Portal: rights requests (namespace `requests`).
import type { Translation } from '../../translation';
import type fi from '../fi/requests';

export default {
  newRequest: {
    title: 'Gör en begäran',
    lead: 'Välj vad du vill göra. Det är avgiftsfritt att göra en begäran, och vi svarar inom en månad.',
    chooseHeading: 'Vad vill du göra?',
    changeRight: 'Välj en annan rättighet',
    submit: 'Skicka begäran',
    submitting: 'Skickar…',
    unknownType: 'Det finns ingen sådan begäran. Välj en rättighet i listan.',
  },
  form: {
    registers: 'Vilket register gäller begäran?',
    registersHint: 'Välj ett eller båda. Välj båda om du är osäker.',
    customerRegisterHint: 'Kundrelationer, beställda tjänster och fakturering.',
    marketingRegisterHint: 'Kontaktuppgifter för marknadsföring samt tillstånd och förbud.',
    note: 'Mer information',
    noteHint:
      'Till exempel andra e-postadresser eller namn som du har använt med oss. Skicka inte din personbeteckning.',
    accessInfo: 'När begäran är behandlad kan du ladda ner dina uppgifter här i portalen.',
    items: 'Uppgifter som ska rättas',
    itemsHint: 'Lägg till en rad för varje uppgift som ska rättas.',
    itemLegend: 'Rättelse {{number}}',
    itemField: 'Vilken uppgift?',
    itemOtherField: 'Vilken annan uppgift?',
    itemCurrentValue: 'Nuvarande uppgift',
    itemCurrentValueHint: 'Om du vet vad som står i registret nu.',
    itemCorrectValue: 'Korrekt uppgift',
    addItem: 'Lägg till en uppgift',
    removeItem: 'Ta bort rättelse {{number}}',
    itemAdded: 'Rättelse {{number}} lades till.',
    itemRemoved: 'Rättelsen togs bort.',
    itemFieldOption: {
      name: 'Namn',
      company: 'Företag eller organisation',
      street_address: 'Gatuadress',
      postal_code: 'Postnummer',
      city: 'Postort',
      phone: 'Telefonnummer',
      email: 'E-postadress',
      other: 'Annan uppgift',
    },
    erasureReason: 'Skäl till raderingen',
    erasureReasonHint: 'Du behöver inte ange ett skäl, men det kan göra handläggningen snabbare.',
    erasureInfo:
      'Lagen kan kräva att vi sparar en del uppgifter. Verifikat sparas enligt bokföringslagen i sex år från utgången av det år då räkenskapsperioden gick ut. De används inte till annat och raderas när tiden har gått ut. I svaret berättar vi vad som sparades och varför.',
    ground: 'På vilken grund begär du begränsning?',
    grounds: {
      art18_1_a: {
        label: 'Jag anser att mina uppgifter är felaktiga',
        hint: 'Begränsningen gäller medan vi kontrollerar om uppgifterna är korrekta (artikel 18.1 a).',
      },
      art18_1_b: {
        label: 'Behandlingen är olaglig, men jag vill inte att uppgifterna raderas',
        hint: 'Artikel 18.1 b.',
      },
      art18_1_c: {
        label:
          'Jag behöver uppgifterna för att fastställa, göra gällande eller försvara rättsliga anspråk',
        hint: 'Även om vi själva inte längre behöver uppgifterna (artikel 18.1 c).',
      },
      art18_1_d: {
        label: 'Jag har invänt mot behandlingen och väntar på beslut',
        hint: 'Begränsningen gäller tills det är utrett om våra skäl väger tyngre än dina (artikel 18.1 d).',
      },
    },
    explanation: 'Motivering',
    explanationHint: 'Berätta kort vilka uppgifter begränsningen gäller och varför.',
    channels: 'I vilka kanaler vill du inte ha marknadsföring?',
    channelsHint: 'Förbudet gäller genast när du skickar begäran.',
    objectionRegisters: 'Vilket register gäller förbudet?',
    objectionRegistersHint:
      'Marknadsföringsregistret är förvalt. Välj också kundregistret om du inte vill att dina kunduppgifter används för marknadsföring.',
    objectionKind: 'Vad invänder du mot?',
    objectionKinds: {
      direct_marketing: {
        label: 'Direktmarknadsföring',
        hint: 'Vi slutar med marknadsföring i de kanaler du väljer så snart du skickar begäran. Du behöver inte ange något skäl (artikel 21.2 och 21.3).',
      },
      legitimate_interests: {
        label: 'Annan behandling av mina uppgifter som grundar sig på ert berättigade intresse',
        hint: 'Berätta vad i din särskilda situation som är skälet. Vi bedömer det och svarar med en motivering (artikel 21.1).',
      },
    },
    objectionGrounds: 'Varför invänder du mot behandlingen?',
    objectionGroundsHint:
      'Berätta vilken särskild situation invändningen grundar sig på och vilken behandling den gäller. Skicka inte din personbeteckning.',
    objectionInterestsInfo:
      'Vi upphör med behandlingen om vi inte har tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter, eller om uppgifterna inte behövs för rättsliga anspråk. Vi meddelar vår bedömning med motivering.',
    objectionInterestsRegistersHint:
      'Kundregistret är förvalt. Välj även marknadsföringsregistret om invändningen också gäller det.',
    objectionInfo:
      'Du har alltid rätt att förbjuda direktmarknadsföring. Vi frågar inte efter skäl och får inte fortsätta marknadsföra efter det.',
    portabilityInfo:
      'Du får de uppgifter du själv har lämnat och som vi behandlar på grund av avtal eller samtycke i maskinläsbart format (JSON och CSV).',
  },
  submitted: {
    title: 'Din begäran har tagits emot',
    reference: 'Referensnummer',
    referenceHint: 'Ange referensnumret om du kontaktar oss om begäran.',
    receivedAt: 'Mottagen',
    deadline: 'Vi svarar senast',
    deadlineHint:
      'Tidsfristen är en månad från dagen då begäran togs emot. Om den går ut en helg eller helgdag flyttas den till nästa vardag.',
    emailSent: 'Vi har också skickat en bekräftelse till din e-post.',
    nextHeading: 'Vad händer härnäst',
    nextCommon1: 'Vår handläggare går igenom begäran och söker dina uppgifter i registren.',
    nextCommon2:
      'Om vi behöver mer information för att bekräfta din identitet frågar vi här och per e-post. Tidsfristen är pausad tills du svarar.',
    nextCommon3:
      'Du får e-post när statusen för din begäran ändras. Du kan följa begäran på sidan Mina begäranden.',
    viewRequest: 'Visa begäran',
    toMyRequests: 'Mina begäranden',
  },
  marketingStop: {
    title: 'Direktmarknadsföringen har upphört',
    stopped:
      'Vi registrerade förbudet mot marknadsföring så snart din begäran kom in, för dessa kanaler: {{channels}}.',
    emailListed:
      'Din verifierade e-postadress har lagts till på spärrlistan för marknadsföring för dessa kanaler. Då används adressen inte för marknadsföring senare heller, även om den når oss på annat sätt.',
    contacts_one:
      'Marknadsföringsregistret hade {{count}} kontaktuppgift med din adress. Samtyckena för dessa kanaler ändrades till förbud.',
    contacts_other:
      'Marknadsföringsregistret hade {{count}} kontaktuppgifter med din adress. Samtyckena för dessa kanaler ändrades till förbud.',
    noContacts:
      'Marknadsföringsregistret hade inga kontaktuppgifter med din adress, så där behövde inget ändras. Förbudet gäller ändå.',
    handler:
      'Handläggaren kontrollerar ännu om det finns andra uppgifter om dig, till exempel med ditt telefonnummer, och registrerar förbudet även för dem.',
    notRecordedTitle: 'Handläggaren registrerar förbudet mot marknadsföring',
    notRecorded:
      'Förbudet kunde inte registreras genast eftersom din e-postadress inte är verifierad. Handläggaren registrerar det när din begäran har kontrollerats.',
  },
  objectionAssessment: {
    title: 'Vi bedömer din invändning',
    body: 'Behandlingen av dina uppgifter upphör inte automatiskt. Handläggaren bedömer dina skäl och svarar dig med en motivering senast på sista dagen. Om vi inte har tvingande skäl att fortsätta upphör vi med behandlingen.',
  },
  list: {
    title: 'Mina begäranden',
    empty: 'Du har inte gjort några begäranden ännu.',
    caption: 'Dina begäranden, nyaste först',
    reference: 'Referens',
    type: 'Begäran',
    status: 'Status',
    received: 'Mottagen',
    deadline: 'Tidsfrist',
    closedOn: 'Avslutad {{date}}',
    newRequest: 'Gör en ny begäran',
  },
  detail: {
    title: '{{type}} {{reference}}',
    summary: 'Sammanfattning',
    status: 'Status',
    reference: 'Referensnummer',
    registers: 'Register',
    receivedAt: 'Mottagen',
    deadline: 'Tidsfrist',
    closedAt: 'Avslutad',
    extended: 'Tidsfristen har förlängts. Den ursprungliga tidsfristen var {{date}}.',
    extensionReason: 'Skäl till förlängningen',
    paused: 'Tidsfristen är pausad tills du svarar på frågan om din identitet.',
    pausedDays_one: 'Tidsfristen flyttades {{count}} dag på grund av pausen.',
    pausedDays_other: 'Tidsfristen flyttades {{count}} dagar på grund av pausen.',
    identityHeading: 'Vi behöver mer information',
    identityHelp:
      'Handläggaren behöver mer information för att bekräfta din identitet. Läs frågan i meddelandena nedan och svara med detta formulär. Skicka ingen kopia av ditt id-kort om det inte uttryckligen efterfrågas.',
    identityAnswer: 'Ditt svar',
    identitySubmit: 'Skicka svar',
    identitySent: 'Ditt svar har skickats. Tidsfristen löper vidare.',
    resultHeading: 'Svar',
    download: 'Ladda ner dina uppgifter',
    downloadHelp:
      'Nedladdningen är en ZIP-fil med dina uppgifter i maskinläsbart format och en redogörelse för behandlingen.',
    downloadNone: 'Ingen fil kan laddas ner just nu.',
    downloadFile: 'Ladda ner {{file}}',
    downloadAvailableUntil: 'Kan laddas ner till',
    downloadPreparing: 'Nedladdningen förbereds…',
    partlyRefusedHeading: 'Vad vi inte gjorde och varför',
    refusedHeading: 'Din begäran kunde inte tillgodoses',
    complaintHelp:
      'Om du inte håller med kan du lämna klagomål till dataombudsmannen eller vända dig till domstol.',
    complaintLink: 'Läs hur du lämnar klagomål',
    whatYouSent: 'Vad du skickade',
    messagesHeading: 'Meddelanden',
    noMessages: 'Inga meddelanden.',
    fromYou: 'Du',
    fromHandler: 'Handläggare',
    identityAnswerTag: 'Svar på identitetsfrågan',
    attachment: 'Bilaga',
    // The notice: identity documents are deleted once identity is verified, every file when the request closes.
    attachmentDeleted: {
      identity_verified: 'filen raderades när din identitet hade bekräftats',
      request_closed: 'filen raderades när begäran avslutades',
    },
    newMessage: 'Skicka ett meddelande till handläggaren',
    messageBody: 'Meddelande',
    file: 'Bifogad fil',
    fileHint: 'PDF, PNG eller JPEG, högst {{size}}.',
    fileType: 'Bilagan måste vara en PDF-, PNG- eller JPEG-fil.',
    sending: 'Skickar…',
    sendMessage: 'Skicka meddelande',
    messageSent: 'Meddelandet har skickats.',
    timelineHeading: 'Händelser',
    withdrawHeading: 'Återkalla begäran',
    withdrawHelp:
      'Om du inte längre behöver begäran kan du återkalla den. En återkallad begäran behandlas inte färdigt. Du kan göra en ny begäran när som helst.',
    withdraw: 'Återkalla begäran',
    withdrawConfirmTitle: 'Vill du verkligen återkalla begäran {{reference}}?',
    withdrawReason: 'Skäl till återkallelsen',
    withdrawConfirm: 'Ja, återkalla begäran',
    withdrawKeep: 'Återkalla inte',
    withdrawn: 'Begäran har återkallats.',
  },
  /** One line per event for the person; every type in the vocabulary has one (GDPR Art. 12(1): clear, plain language). */
  events: {
    submitted: 'Din begäran togs emot',
    marketing_prohibited: 'Direktmarknadsföring till dig förbjöds',
    assigned: 'Din begäran fick en handläggare',
    started: 'Handläggningen av din begäran började',
    identity_info_requested: 'Handläggaren bad om mer information om din identitet',
    identity_answered: 'Du svarade på identitetsfrågan',
    identity_verified: 'Din identitet bekräftades',
    internal_note_added: 'Handläggaren gjorde en anteckning',
    records_updated: 'Dina uppgifter hittades i registren',
    deadline_extended: 'Tidsfristen för svaret förlängdes',
    export_compiled: 'En kopia av dina uppgifter sammanställdes',
    result_released: 'Dina uppgifter är klara att laddas ned',
    rectification_applied: 'Dina uppgifter rättades',
    erasure_applied: 'Dina uppgifter raderades',
    restriction_applied: 'Behandlingen av dina uppgifter begränsades',
    restriction_lift_notice_sent: 'Du informerades om att begränsningen av behandlingen upphör',
    restriction_lifted: 'Begränsningen av behandlingen av dina uppgifter upphörde',
    objection_applied: 'Din invändning verkställdes',
    objection_assessed: 'Din invändning bedömdes och du fick ett motiverat svar',
    recipient_notified: 'Mottagarna av dina uppgifter underrättades om ändringen',
    completed: 'Din begäran behandlades',
    refused: 'Din begäran avslogs',
    withdrawn: 'Begäran återkallades',
  },
  /** A stored event from an older version the vocabulary no longer names. */
  eventOther: 'Uppdatering',
  sentDetails: {
    note: 'Mer information',
    reason: 'Skäl',
    ground: 'Grund',
    explanation: 'Motivering',
    kind: 'Invändningen gäller',
    grounds: 'Skäl',
    channels: 'Kanaler',
    items: 'Rättelser',
    currentValue: 'Nu',
    correctValue: 'Korrekt',
  },
} satisfies Translation<typeof fi>;
