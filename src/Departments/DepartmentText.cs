using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments;

/// <summary>Every sentence and label the department services write, in both languages, in one place for translators.</summary>
public static class DepartmentText
{
    private static LocalizedText T(string en, string te) => new(en, te);

    /// <summary>Fills <c>{0}</c>, <c>{1}</c>… in each language with that language's form of each value.</summary>
    public static LocalizedText Fill(this LocalizedText template, params LocalizedText[] values) => new(
        string.Format(CultureInfo.InvariantCulture, template.En, values.Select(v => (object)v.En).ToArray()),
        string.Format(CultureInfo.InvariantCulture, template.Te, values.Select(v => (object)v.Te).ToArray()));

    /// <summary>A value that reads the same in both languages (a number, a name).</summary>
    public static LocalizedText Same(string value) => new(value, value);

    public static OutcomeField Field(this LocalizedText label, string value) => new(label.En, label.Te, value);

    /// <summary>A field's value is one string for both languages: a value that differs shows both forms.</summary>
    public static OutcomeField Field(this LocalizedText label, LocalizedText value) => label.Field(value.OneLine());

    /// <summary>Both forms on one line ("Srisailam / శ్రీశైలం"), or the one form when they read the same.</summary>
    public static string OneLine(this LocalizedText value) => value.En == value.Te ? value.En : $"{value.En} / {value.Te}";

    public static readonly LocalizedText ServiceUnavailable = T(
        "This service is not available right now. Please choose it again from the menu.",
        "ఈ సేవ ప్రస్తుతం అందుబాటులో లేదు. దయచేసి మెనూ నుండి మళ్ళీ ఎంచుకోండి.");

    public static readonly LocalizedText MissingAnswer = T(
        "Some details this service needs are missing. Please apply again.",
        "ఈ సేవకు కావలసిన కొన్ని వివరాలు లేవు. దయచేసి మళ్ళీ దరఖాస్తు చేయండి.");

    public static readonly LocalizedText CertificateIssued = T(
        "Your {0} has been issued. Keep the number below to download or verify it.",
        "మీ {0} జారీ చేయబడింది. డౌన్‌లోడ్ లేదా ధృవీకరణ కోసం క్రింది నంబర్‌ను ఉంచుకోండి.");

    public static readonly LocalizedText DocumentFound = T("Here is your {0}.", "మీ {0} ఇక్కడ ఉంది.");

    public static readonly LocalizedText HallTicketNotFound = T(
        "We could not find a student with that hall ticket number and date of birth. Please check both and try again.",
        "ఆ హాల్ టికెట్ నంబర్, పుట్టిన తేదీతో విద్యార్థి కనబడలేదు. దయచేసి రెండింటినీ సరిచూసి మళ్ళీ ప్రయత్నించండి.");

    public static readonly LocalizedText CandidateNotFound = T(
        "No SSC candidate is registered with that Aadhaar and date of birth. Please check them or contact your school.",
        "ఆ ఆధార్, పుట్టిన తేదీతో ఎస్ఎస్సీ అభ్యర్థి నమోదు కాలేదు. దయచేసి సరిచూడండి లేదా మీ పాఠశాలను సంప్రదించండి.");

    public static readonly LocalizedText AccountNotFound = T(
        "We could not find the number {0}. Please check it on your bill or receipt and try again.",
        "{0} నంబర్ కనబడలేదు. దయచేసి మీ బిల్లు లేదా రసీదులో సరిచూసి మళ్ళీ ప్రయత్నించండి.");

    public static readonly LocalizedText RecordNotFound = T(
        "No record matches the details you gave. Please check them and try again.",
        "మీరు ఇచ్చిన వివరాలతో ఏ రికార్డు సరిపోలలేదు. దయచేసి సరిచూసి మళ్ళీ ప్రయత్నించండి.");

    public static readonly LocalizedText NoDues = T("Nothing is due on {0}. Thank you.", "{0} పై బకాయి ఏమీ లేదు. ధన్యవాదాలు.");

    public static readonly LocalizedText PayNow = T(
        "₹{0} is due for {1} ({2}). Pay with any UPI app using the link; your receipt will arrive here.",
        "{1} ({2}) కోసం ₹{0} బకాయి ఉంది. లింక్‌తో ఏదైనా UPI యాప్‌లో చెల్లించండి; రసీదు ఇక్కడే వస్తుంది.");

    public static readonly LocalizedText PayAmount = T(
        "Pay ₹{0} for {1} with any UPI app using the link; your receipt will arrive here.",
        "{1} కోసం ₹{0} లింక్‌తో ఏదైనా UPI యాప్‌లో చెల్లించండి; రసీదు ఇక్కడే వస్తుంది.");

    public static readonly LocalizedText PaymentReceived = T(
        "Payment of {0} received for {1}. Thank you.",
        "{1} కోసం {0} చెల్లింపు అందింది. ధన్యవాదాలు.");

    public static readonly LocalizedText Booked = T("Booked: {0}. Show this ticket when you arrive.", "బుక్ అయింది: {0}. వచ్చినప్పుడు ఈ టికెట్ చూపించండి.");

    public static readonly LocalizedText SoldOut = T(
        "Sorry, this slot is sold out. Please choose another date.",
        "క్షమించండి, ఈ స్లాట్ పూర్తిగా నిండిపోయింది. దయచేసి మరో తేదీ ఎంచుకోండి.");

    public static readonly LocalizedText FewPlacesLeft = T(
        "Only {0} places are left in this slot, fewer than the {1} you asked for. Please book fewer or choose another date.",
        "ఈ స్లాట్‌లో {0} స్థానాలు మాత్రమే మిగిలి ఉన్నాయి, మీరు అడిగిన {1} కంటే తక్కువ. దయచేసి తక్కువ బుక్ చేయండి లేదా మరో తేదీ ఎంచుకోండి.");

    public static readonly LocalizedText NoSlot = T(
        "Nothing can be booked for that choice and date. Please choose another date or place.",
        "ఆ ఎంపిక, తేదీకి బుకింగ్ అందుబాటులో లేదు. దయచేసి మరో తేదీ లేదా ప్రదేశం ఎంచుకోండి.");

    public static readonly LocalizedText StatusIs = T("Status of {0}: {1}.", "{0} స్థితి: {1}.");

    public static readonly LocalizedText ReferenceNotFound = T(
        "We could not find {0}. Please check the number and try again.",
        "{0} కనబడలేదు. దయచేసి నంబర్ సరిచూసి మళ్ళీ ప్రయత్నించండి.");

    public static readonly LocalizedText GrievanceRegistered = T(
        "Your grievance is registered. The department will act within {0} days; you can track it with this number.",
        "మీ ఫిర్యాదు నమోదైంది. శాఖ {0} రోజుల్లో చర్య తీసుకుంటుంది; ఈ నంబర్‌తో స్థితి తెలుసుకోవచ్చు.");

    public static readonly LocalizedText Account = T("Number", "నంబర్");
    public static readonly LocalizedText Name = T("Name", "పేరు");
    public static readonly LocalizedText AmountDue = T("Amount due", "చెల్లించాల్సిన మొత్తం");
    public static readonly LocalizedText Amount = T("Amount", "మొత్తం");
    public static readonly LocalizedText AmountPaid = T("Amount paid", "చెల్లించిన మొత్తం");
    public static readonly LocalizedText Period = T("Period", "కాలం");
    public static readonly LocalizedText DueDate = T("Due date", "చివరి తేదీ");
    public static readonly LocalizedText PaidOn = T("Paid on", "చెల్లించిన తేదీ");
    public static readonly LocalizedText IssuedOn = T("Issued on", "జారీ తేదీ");
    public static readonly LocalizedText Fee = T("Fee", "రుసుము");
    public static readonly LocalizedText Free = T("Free", "ఉచితం");
    public static readonly LocalizedText Sla = T("Time taken", "పట్టే సమయం");
    public static readonly LocalizedText Instant = T("Instant", "వెంటనే");
    public static readonly LocalizedText Days = T("{0} days", "{0} రోజులు");
    public static readonly LocalizedText Date = T("Date", "తేదీ");
    public static readonly LocalizedText Time = T("Time", "సమయం");
    public static readonly LocalizedText Places = T("Seats / persons", "సీట్లు / వ్యక్తులు");
    public static readonly LocalizedText PlaceNumbers = T("Seat / token numbers", "సీటు / టోకెన్ నంబర్లు");
    public static readonly LocalizedText Fare = T("Fare", "ఛార్జీ");
    public static readonly LocalizedText Status = T("Status", "స్థితి");
    public static readonly LocalizedText UpdatedOn = T("Updated on", "నవీకరించిన తేదీ");
    public static readonly LocalizedText ActBy = T("Action due by", "చర్య గడువు");
    public static readonly LocalizedText DateOfBirth = T("Date of birth", "పుట్టిన తేదీ");
    public static readonly LocalizedText HallTicket = T("Hall ticket number", "హాల్ టికెట్ నంబర్");
    public static readonly LocalizedText School = T("School", "పాఠశాల");
    public static readonly LocalizedText ExamCentre = T("Examination centre", "పరీక్షా కేంద్రం");
    public static readonly LocalizedText Total = T("Total marks", "మొత్తం మార్కులు");
    public static readonly LocalizedText Result = T("Result", "ఫలితం");
    public static readonly LocalizedText Pass = T("Pass", "ఉత్తీర్ణత");
    public static readonly LocalizedText Fail = T("Fail", "అనుత్తీర్ణత");
    public static readonly LocalizedText CardNumber = T("Card number", "కార్డు నంబర్");
    public static readonly LocalizedText CardType = T("Card type", "కార్డు రకం");
    public static readonly LocalizedText Members = T("Family members", "కుటుంబ సభ్యులు");
    public static readonly LocalizedText FairPriceShop = T("Fair price shop", "చౌక ధరల దుకాణం");
    public static readonly LocalizedText Village = T("Village", "గ్రామం");
    public static readonly LocalizedText SurveyNumber = T("Survey number", "సర్వే నంబర్");
    public static readonly LocalizedText Khata = T("Khata number", "ఖాతా నంబర్");
    public static readonly LocalizedText Pattadar = T("Pattadar", "పట్టాదారు");
    public static readonly LocalizedText Extent = T("Extent (acres)", "విస్తీర్ణం (ఎకరాలు)");
    public static readonly LocalizedText LandClass = T("Land class", "భూమి రకం");
    public static readonly LocalizedText Crop = T("Crop", "పంట");
    public static readonly LocalizedText Aadhaar = T("Aadhaar", "ఆధార్");
}
