using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Documents;

/// <summary>Adangal and 1-B extracts of a land parcel, by village and survey number.</summary>
public sealed class LandDocuments(ILandRecords land) : IDocumentSource
{
    public const string DocumentKind = "land-record";

    public bool Serves(ServiceContext context) => SurveyInput(context.Service) is not null;

    public async Task<ServiceOutcome> Fetch(ServiceContext context)
    {
        var answers = context.Answers;
        var surveyInput = SurveyInput(context.Service)!;
        var survey = answers.Of(surveyInput);
        var village = context.Service.Inputs.Where(i => i.Kind == InputKind.FreeText && i != surveyInput).Select(answers.Of).FirstOrDefault(v => v is not null);
        if (survey is null || village is null)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        if (await land.Find(village, survey) is not { } parcel)
        {
            return ServiceContext.Declined(context.Text.RecordNotFound);
        }

        // Which extract (Adangal, 1-B) the citizen chose heads the document.
        var (extractInput, extract) = answers.All.FirstOrDefault(a => a.Input.Kind == InputKind.Choice);
        var fields = new List<OutcomeField>();
        if (extractInput is not null)
        {
            fields.Add(context.ServiceName.Field(answers.Display(extractInput, extract)));
        }

        fields.AddRange(
        [
            context.Text.Village.Field(parcel.Village),
            context.Text.SurveyNumber.Field(parcel.SurveyNumber),
            context.Text.Khata.Field(parcel.KhataNumber),
            context.Text.Pattadar.Field(parcel.Pattadar),
            context.Text.Extent.Field(parcel.ExtentAcres.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
            context.Text.LandClass.Field(context.OneLine(parcel.LandClass)),
            context.Text.Crop.Field(context.OneLine(parcel.Crop)),
        ]);
        // The extract's name in the fallback language: the same record keeps its document id whatever language asked.
        var record = $"{parcel.Village}/{parcel.SurveyNumber}/{(extractInput is null ? null : Answers.Label(extractInput, extract)?.Fallback ?? extract)}";
        var document = context.Document(DocumentIds.For(context, record), DocumentKind, parcel.Pattadar, fields);
        return DocumentIds.Found(context, parcel.KhataNumber, document);
    }

    private static ServiceInput? SurveyInput(Service service) =>
        service.Inputs.FirstOrDefault(i => i.Kind == InputKind.FreeText && i.Id.Contains("survey", StringComparison.Ordinal));
}
