using ManaMitra.Catalog;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>Where a citizen is in the conversation. <see cref="Target"/> is the department id, service id or search query the step is about.</summary>
[GenerateSerializer, Immutable]
public sealed record Step([property: Id(0)] StepKind Kind, [property: Id(1)] string? Target = null, [property: Id(2)] int Page = 0)
{
    public static readonly Step ChooseLanguage = new(StepKind.ChooseLanguage);
    public static readonly Step MainMenu = new(StepKind.MainMenu);
}

public enum StepKind
{
    ChooseLanguage,
    MainMenu,
    Departments,
    Department,
    Service,
    SearchPrompt,
    SearchResults,
    Help,
    MyDocuments,

    /// <summary>The consent notice, asked before the service <see cref="Step.Target"/>.</summary>
    Consent,

    /// <summary>The question before erasing the citizen's data.</summary>
    Erase,
}
