using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>Every sentence the forms say, in both languages, in one place for translators.</summary>
public static class FormText
{
    private static LocalizedText T(string en, string te) => new(en, te);

    /// <summary>Fills a text's placeholders in both languages at once, for reasons that quote what the citizen sent.</summary>
    public static LocalizedText Fill(this LocalizedText text, params object[] args) => new(
        string.Format(CultureInfo.InvariantCulture, text.En, args),
        string.Format(CultureInfo.InvariantCulture, text.Te, args));

    public static readonly LocalizedText AadhaarType = T(
        "Please type your 12-digit Aadhaar number, digits only.",
        "దయచేసి మీ 12 అంకెల ఆధార్ నంబర్‌ను అంకెలలో మాత్రమే టైప్ చేయండి.");
    public static readonly LocalizedText AadhaarLength = T(
        "An Aadhaar number has exactly 12 digits; you sent {0}.",
        "ఆధార్ నంబర్‌లో సరిగ్గా 12 అంకెలు ఉంటాయి; మీరు {0} అంకెలు పంపారు.");
    public static readonly LocalizedText AadhaarFirstDigit = T(
        "An Aadhaar number never starts with 0 or 1 — please check the first digit.",
        "ఆధార్ నంబర్ 0 లేదా 1 తో మొదలవదు — మొదటి అంకెను మళ్ళీ చూడండి.");
    public static readonly LocalizedText AadhaarChecksum = T(
        "That Aadhaar number is not valid — please check the 12 digits.",
        "ఆ ఆధార్ నంబర్ సరైనది కాదు — 12 అంకెలను మళ్ళీ చూడండి.");

    public static readonly LocalizedText MobileType = T(
        "Please type your 10-digit mobile number, digits only.",
        "దయచేసి మీ 10 అంకెల మొబైల్ నంబర్‌ను అంకెలలో మాత్రమే టైప్ చేయండి.");
    public static readonly LocalizedText MobileLength = T(
        "A mobile number has 10 digits; you sent {0}.",
        "మొబైల్ నంబర్‌లో 10 అంకెలు ఉంటాయి; మీరు {0} అంకెలు పంపారు.");
    public static readonly LocalizedText MobileFirstDigit = T(
        "An Indian mobile number starts with 6, 7, 8 or 9 — please check the first digit.",
        "భారతీయ మొబైల్ నంబర్ 6, 7, 8 లేదా 9 తో మొదలవుతుంది — మొదటి అంకెను మళ్ళీ చూడండి.");

    public static readonly LocalizedText DateType = T(
        "Please type the date as DD-MM-YYYY, for example 05-01-2008.",
        "దయచేసి తేదీని DD-MM-YYYY లాగా టైప్ చేయండి, ఉదా: 05-01-2008.");
    public static readonly LocalizedText DateShortYear = T(
        "Please write the year with all four digits, for example 2008.",
        "దయచేసి సంవత్సరాన్ని నాలుగు అంకెలతో రాయండి, ఉదా: 2008.");
    public static readonly LocalizedText DateNotInCalendar = T(
        "There is no such date in the calendar — please check the day and the month.",
        "క్యాలెండర్‌లో అలాంటి తేదీ లేదు — రోజు, నెలను మళ్ళీ చూడండి.");
    public static readonly LocalizedText DateTooEarly = T(
        "Please give a date from the year {0} or later.",
        "దయచేసి {0} సంవత్సరం లేదా ఆ తర్వాతి తేదీ ఇవ్వండి.");
    public static readonly LocalizedText DateTooLate = T(
        "That date is too far in the future — please check the year.",
        "ఆ తేదీ చాలా దూరం భవిష్యత్తులో ఉంది — సంవత్సరాన్ని మళ్ళీ చూడండి.");

    public static readonly LocalizedText PinType = T(
        "Please type your 6-digit PIN code, for example 520001.",
        "దయచేసి మీ 6 అంకెల పిన్ కోడ్ టైప్ చేయండి, ఉదా: 520001.");
    public static readonly LocalizedText PinLength = T(
        "A PIN code has 6 digits; you sent {0}.",
        "పిన్ కోడ్‌లో 6 అంకెలు ఉంటాయి; మీరు {0} అంకెలు పంపారు.");
    public static readonly LocalizedText PinFirstDigit = T(
        "A PIN code never starts with 0 — please check the first digit.",
        "పిన్ కోడ్ 0 తో మొదలవదు — మొదటి అంకెను మళ్ళీ చూడండి.");

    public static readonly LocalizedText HallTicketType = T(
        "Please type the hall ticket number as printed: letters and digits only, for example 2412345678.",
        "దయచేసి హాల్ టికెట్ నంబర్‌ను ముద్రించినట్లుగా, అక్షరాలు అంకెలతో మాత్రమే టైప్ చేయండి, ఉదా: 2412345678.");
    public static readonly LocalizedText HallTicketLength = T(
        "A hall ticket number has 8 to 12 letters and digits; you sent {0}.",
        "హాల్ టికెట్ నంబర్‌లో 8 నుండి 12 అక్షరాలు, అంకెలు ఉంటాయి; మీరు {0} పంపారు.");
    public static readonly LocalizedText HallTicketNoDigit = T(
        "A hall ticket number contains digits — please copy it from your hall ticket.",
        "హాల్ టికెట్ నంబర్‌లో అంకెలు ఉంటాయి — మీ హాల్ టికెట్ నుండి చూసి టైప్ చేయండి.");

    public static readonly LocalizedText AmountType = T(
        "Please type the amount in rupees, for example 1,20,000 or 1.5 lakh.",
        "దయచేసి మొత్తాన్ని రూపాయల్లో టైప్ చేయండి, ఉదా: 1,20,000 లేదా 1.5 లక్షలు.");
    public static readonly LocalizedText AmountPaise = T(
        "Please give at most two digits after the decimal point (paise).",
        "దశాంశ బిందువు తర్వాత గరిష్ఠంగా రెండు అంకెలు (పైసలు) మాత్రమే ఇవ్వండి.");
    public static readonly LocalizedText AmountNotPositive = T(
        "The amount must be more than zero.",
        "మొత్తం సున్నా కంటే ఎక్కువగా ఉండాలి.");
    public static readonly LocalizedText AmountTooLarge = T(
        "The amount cannot be more than ₹10 crore — please check the number of zeros.",
        "మొత్తం ₹10 కోట్ల కంటే ఎక్కువ ఉండకూడదు — సున్నాల సంఖ్యను మళ్ళీ చూడండి.");

    public static readonly LocalizedText ChoiceType = T(
        "Please choose one of the options: tap it, or type its number.",
        "దయచేసి ఎంపికలలో ఒకదాన్ని ఎంచుకోండి: దాన్ని నొక్కండి, లేదా దాని సంఖ్యను టైప్ చేయండి.");
    public static readonly LocalizedText ChoiceRange = T(
        "Please type a number from 1 to {0}, or tap an option.",
        "దయచేసి 1 నుండి {0} వరకు ఒక సంఖ్యను టైప్ చేయండి, లేదా ఒక ఎంపికను నొక్కండి.");
    public static readonly LocalizedText ChoiceUnknown = T(
        "That is not one of the options — please tap one, or type its number.",
        "అది ఎంపికలలో లేదు — దయచేసి ఒకదాన్ని నొక్కండి, లేదా దాని సంఖ్యను టైప్ చేయండి.");

    public static readonly LocalizedText FreeTextType = T(
        "Please type your answer as a text message.",
        "దయచేసి మీ సమాధానాన్ని టెక్స్ట్ సందేశంగా టైప్ చేయండి.");
    public static readonly LocalizedText FreeTextShort = T(
        "That answer is too short — please type at least {0} characters.",
        "ఆ సమాధానం చాలా చిన్నది — కనీసం {0} అక్షరాలు టైప్ చేయండి.");
    public static readonly LocalizedText FreeTextLong = T(
        "That answer is too long — please keep it within {0} characters (you sent {1}).",
        "ఆ సమాధానం చాలా పెద్దది — {0} అక్షరాల లోపు ఉంచండి (మీరు {1} పంపారు).");
    public static readonly LocalizedText FreeTextNoWords = T(
        "Please answer in words or numbers, not only symbols.",
        "దయచేసి గుర్తులు మాత్రమే కాకుండా పదాలు లేదా అంకెలతో సమాధానం ఇవ్వండి.");

    public static readonly LocalizedText LocationType = T(
        "Please share a location: tap 📎 (attach), choose Location, then send your current location.",
        "దయచేసి లొకేషన్ పంపండి: 📎 నొక్కి, Location ఎంచుకుని, మీ ప్రస్తుత లొకేషన్ పంపండి.");
    public static readonly LocalizedText LocationUnreadable = T(
        "That location could not be read — please share it again.",
        "ఆ లొకేషన్‌ను చదవలేకపోయాము — దయచేసి మళ్ళీ పంపండి.");

    public static readonly LocalizedText PhotoType = T(
        "Please send a photo: tap 📎 or the camera and send a picture.",
        "దయచేసి ఫోటో పంపండి: 📎 లేదా కెమెరా నొక్కి ఒక చిత్రం పంపండి.");
    public static readonly LocalizedText PhotoAsDocument = T(
        "Please send the photo as a picture, not as a document.",
        "దయచేసి ఫోటోను డాక్యుమెంట్‌గా కాకుండా చిత్రంగా పంపండి.");

    public static readonly LocalizedText Intro = T(
        "*{0}*\nI will ask you {1} question(s). Send BACK at any time to change your previous answer.",
        "*{0}*\nమిమ్మల్ని {1} ప్రశ్న(లు) అడుగుతాను. మునుపటి సమాధానం మార్చడానికి ఎప్పుడైనా BACK పంపండి.");
    public static readonly LocalizedText Position = T("Question {0} of {1}", "ప్రశ్న {0}/{1}");
    public static readonly LocalizedText CurrentAnswer = T(
        "Your answer now: {0}\nTap Keep, or send a new answer.",
        "మీ ప్రస్తుత సమాధానం: {0}\nఅలాగే ఉంచడానికి నొక్కండి, లేదా కొత్త సమాధానం పంపండి.");
    public static readonly LocalizedText Keep = T("Keep", "అలాగే ఉంచు");

    public static readonly LocalizedText HelpOffer = T(
        "That did not work three times. You can try again, read the help, or go to the main menu.",
        "మూడు సార్లు సరిపోలేదు. మళ్ళీ ప్రయత్నించవచ్చు, సహాయం చూడవచ్చు, లేదా ప్రధాన మెనూకు వెళ్ళవచ్చు.");
    public static readonly LocalizedText TryAgain = T("Try again", "మళ్ళీ ప్రయత్నించు");

    public static readonly LocalizedText SummaryTitle = T(
        "*{0}*\nPlease check your answers:",
        "*{0}*\nదయచేసి మీ సమాధానాలను సరిచూసుకోండి:");
    public static readonly LocalizedText SummaryHint = T(
        "Tap Confirm to submit, Edit to change an answer, or Cancel.",
        "సమర్పించడానికి నిర్ధారించు, సమాధానం మార్చడానికి మార్చు, లేదా రద్దు నొక్కండి.");
    public static readonly LocalizedText Confirm = T("Confirm", "నిర్ధారించు");
    public static readonly LocalizedText Edit = T("Edit", "మార్చు");
    public static readonly LocalizedText Cancel = T("Cancel", "రద్దు");
    public static readonly LocalizedText ChooseEdit = T("Which answer do you want to change?", "ఏ సమాధానాన్ని మార్చాలనుకుంటున్నారు?");
    public static readonly LocalizedText Cancelled = T(
        "Your application was cancelled; nothing was sent.",
        "మీ దరఖాస్తు రద్దు చేయబడింది; ఏదీ పంపబడలేదు.");
    public static readonly LocalizedText StaleTap = T(
        "That button belongs to an earlier question. Here is the current one.",
        "ఆ బటన్ మునుపటి ప్రశ్నకు చెందినది. ప్రస్తుత ప్రశ్న ఇదిగో.");
    public static readonly LocalizedText PhotoDisplay = T("Photo received", "ఫోటో అందింది");
}
