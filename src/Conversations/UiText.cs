using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Languages;

namespace ManaMitra.Conversations;

/// <summary>Every sentence the bot says that is not catalog data, in both languages, in one place for translators.</summary>
public static class UiText
{
    private static LocalizedText T(string en, string te) => new(en, te);

    // First contact: the citizen has not chosen a language yet, so this one speaks both.
    public const string Welcome =
        "Welcome to ManaMitra, the Government's WhatsApp service.\nమనమిత్రకు స్వాగతం — ప్రభుత్వ వాట్సాప్ సేవ.\n\nPlease choose your language.\nమీ భాషను ఎంచుకోండి.";

    public static readonly LocalizedText Privacy = T(
        "We use your messages only to provide the services you ask for. We never ask for your OTP or PIN. Send STOP at any time to stop messages.",
        "మీరు అడిగిన సేవలను అందించడానికి మాత్రమే మీ సందేశాలను ఉపయోగిస్తాము. మేము మీ OTP లేదా PIN ఎప్పుడూ అడగము. సందేశాలు ఆపడానికి ఎప్పుడైనా STOP పంపండి.");

    public static readonly LocalizedText LanguageSet = T("Language set to English.", "భాష తెలుగుకు మార్చబడింది.");

    public static readonly LocalizedText MainMenuBody = T("Main menu — what would you like to do?", "ప్రధాన మెనూ — మీకు ఏమి కావాలి?");
    public static readonly LocalizedText MenuButton = T("Menu", "మెనూ");
    public static readonly LocalizedText ChooseButton = T("Choose", "ఎంచుకోండి");

    public static readonly LocalizedText Departments = T("Departments", "శాఖలు");
    public static readonly LocalizedText DepartmentsHint = T("Browse all {0} departments", "మొత్తం {0} శాఖలను చూడండి");
    public static readonly LocalizedText Search = T("Search a service", "సేవను వెతకండి");
    public static readonly LocalizedText SearchHint = T("Type what you need", "మీకు కావలసినది టైప్ చేయండి");
    public static readonly LocalizedText Help = T("Help", "సహాయం");
    public static readonly LocalizedText MyDocuments = T("My documents", "నా పత్రాలు");
    public static readonly LocalizedText MyDocumentsHint = T("Certificates, tickets, receipts", "ధృవపత్రాలు, టికెట్లు, రసీదులు");
    public static readonly LocalizedText MyDocumentsBody = T("Your documents, newest first. Choose one to get it again.", "మీ పత్రాలు, కొత్తవి ముందు. మళ్ళీ పొందడానికి ఒకటి ఎంచుకోండి.");
    public static readonly LocalizedText NoDocuments = T(
        "You have no documents yet. Certificates, tickets and receipts you get here will be listed under My documents.",
        "మీకు ఇంకా పత్రాలు లేవు. ఇక్కడ మీరు పొందే ధృవపత్రాలు, టికెట్లు, రసీదులు నా పత్రాలు లో కనిపిస్తాయి.");
    public static readonly LocalizedText HelpHint = T("How to use this service", "ఈ సేవను ఎలా ఉపయోగించాలి");
    public static readonly LocalizedText Language = T("Language / భాష", "భాష / Language");
    public static readonly LocalizedText LanguageHint = T("Change language", "భాష మార్చండి");

    public static readonly LocalizedText DepartmentsBody = T("Choose a department ({0}/{1}).", "ఒక శాఖను ఎంచుకోండి ({0}/{1}).");
    public static readonly LocalizedText DepartmentBody = T("{0}: choose a service ({1}/{2}).", "{0}: ఒక సేవను ఎంచుకోండి ({1}/{2}).");
    public static readonly LocalizedText More = T("More ➡", "మరిన్ని ➡");
    public static readonly LocalizedText MoreHint = T("Next page", "తదుపరి పేజీ");
    public static readonly LocalizedText Previous = T("⬅ Previous", "⬅ వెనుకటి");
    public static readonly LocalizedText PreviousHint = T("Previous page", "మునుపటి పేజీ");

    public static readonly LocalizedText Fee = T("Fee: ₹{0}", "రుసుము: ₹{0}");
    public static readonly LocalizedText Free = T("Fee: free", "రుసుము: ఉచితం");
    public static readonly LocalizedText Sla = T("Delivered within {0} days", "{0} రోజుల్లో అందజేస్తాము");
    public static readonly LocalizedText Immediate = T("Delivered at once", "వెంటనే అందజేస్తాము");
    public static readonly LocalizedText YouWillNeed = T("You will need:", "మీకు కావలసినవి:");
    public static readonly LocalizedText Back = T("Back", "వెనుకకు");
    public static readonly LocalizedText MainMenu = T("Main menu", "ప్రధాన మెనూ");

    public static readonly LocalizedText SearchPrompt = T(
        "Type the service you need, for example: income certificate.",
        "మీకు కావలసిన సేవ పేరు టైప్ చేయండి, ఉదా: ఆదాయ ధృవీకరణ పత్రం.");
    public static readonly LocalizedText SearchResultsBody = T("Services matching \"{0}\":", "\"{0}\" కు సరిపోయే సేవలు:");
    public static readonly LocalizedText NoResults = T(
        "No service matched \"{0}\". Try other words, or send MENU.",
        "\"{0}\" కు సరిపోయే సేవ కనబడలేదు. వేరే పదాలతో ప్రయత్నించండి, లేదా MENU పంపండి.");

    public static readonly LocalizedText HelpBody = T(
        "Send MENU (or 0) for the main menu, BACK to go back, LANGUAGE to change language and STOP to stop messages.\nYou can also simply type what you need, like \"income certificate\" or \"current bill\".",
        "ప్రధాన మెనూ కోసం MENU (లేదా 0), వెనుకకు వెళ్ళడానికి BACK, భాష మార్చడానికి LANGUAGE, సందేశాలు ఆపడానికి STOP పంపండి.\nమీకు కావలసినది నేరుగా టైప్ చేయవచ్చు, ఉదా: \"ఆదాయ ధృవీకరణ పత్రం\" లేదా \"కరెంటు బిల్లు\".");

    public static readonly LocalizedText TimedOut = T(
        "Welcome back! Your earlier session ended after a while without messages, so we start again from the main menu.",
        "తిరిగి స్వాగతం! కొంతసేపు సందేశాలు లేనందున మీ గత సెషన్ ముగిసింది, కాబట్టి ప్రధాన మెనూ నుండి మళ్ళీ ప్రారంభిస్తున్నాం.");

    public static readonly LocalizedText Stopped = T(
        "You will not receive any more messages from us. Send START to come back.",
        "ఇకపై మీకు మా నుండి సందేశాలు రావు. తిరిగి రావడానికి START పంపండి.");

    public static readonly LocalizedText Restarted = T("Welcome back!", "తిరిగి స్వాగతం!");

    public static readonly LocalizedText CannotRead = T(
        "I can read text messages and the choices you tap. Please type your request, or send MENU.",
        "నేను టెక్స్ట్ సందేశాలను, మీరు నొక్కే ఎంపికలను మాత్రమే చదవగలను. దయచేసి మీ అభ్యర్థనను టైప్ చేయండి, లేదా MENU పంపండి.");

    public static readonly LocalizedText SlowDown = T(
        "You are sending messages faster than we can answer. Please wait a minute; we will answer your next message.",
        "మీరు చాలా వేగంగా సందేశాలు పంపుతున్నారు. దయచేసి ఒక నిమిషం ఆగండి; మీ తదుపరి సందేశానికి సమాధానం ఇస్తాము.");

    public static readonly LocalizedText StaleChoice = T(
        "That choice is no longer available. Here is where you are now.",
        "ఆ ఎంపిక ఇప్పుడు అందుబాటులో లేదు. మీరు ఇప్పుడు ఇక్కడ ఉన్నారు.");

    public static string Format(this LocalizedText text, Language language, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, text.In(language), args);

    /// <summary>The button that starts a service, worded for what the service does.</summary>
    public static LocalizedText Start(HandlerKind handler) => handler switch
    {
        HandlerKind.IssueCertificate => T("Apply", "దరఖాస్తు చేయండి"),
        HandlerKind.FetchDocument => T("Get it", "పొందండి"),
        HandlerKind.PayBill => T("Pay bill", "బిల్లు చెల్లించండి"),
        HandlerKind.BookSlot => T("Book", "బుక్ చేయండి"),
        HandlerKind.TrackStatus => T("Check status", "స్థితి చూడండి"),
        HandlerKind.RaiseGrievance => T("Raise it", "నమోదు చేయండి"),
        _ => T("Continue", "కొనసాగించండి"),
    };

    /// <summary>What a citizen must have ready for an input, shown on a service's page before they apply.</summary>
    public static LocalizedText Needs(ServiceInput input) => input.Kind switch
    {
        InputKind.Aadhaar => T("Aadhaar number", "ఆధార్ నంబర్"),
        InputKind.Mobile => T("Mobile number", "మొబైల్ నంబర్"),
        InputKind.Date => T("A date", "తేదీ"),
        InputKind.PinCode => T("PIN code", "పిన్ కోడ్"),
        InputKind.HallTicket => T("Hall ticket number", "హాల్ టికెట్ నంబర్"),
        InputKind.Amount => T("An amount", "మొత్తం"),
        InputKind.Location => T("Your location", "మీ లొకేషన్"),
        InputKind.Photo => T("A photo", "ఫోటో"),
        _ => input.Prompt,
    };
}
