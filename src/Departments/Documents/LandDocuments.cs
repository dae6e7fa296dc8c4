using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

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
            return ServiceContext.Declined(DepartmentText.MissingAnswer);
        }

        if (await land.Find(village, survey) is not { } parcel)
        {
            return ServiceContext.Declined(DepartmentText.RecordNotFound);
        }

        // Which extract (Adangal, 1-B) the citizen chose heads the document.
        var extract = answers.All.Where(a => a.Input.Kind == InputKind.Choice).Select(a => answers.Display(a.Input, a.Value)).FirstOrDefault();
        var fields = new List<OutcomeField>();
        if (extract is not null)
        {
            fields.Add(new OutcomeField(context.ServiceName.En, context.ServiceName.Te, extract.En == extract.Te ? extract.En : $"{extract.En} / {extract.Te}"));
        }

        fields.AddRange(
        [
            DepartmentText.Village.Field(parcel.Village),
            DepartmentText.SurveyNumber.Field(parcel.SurveyNumber),
            DepartmentText.Khata.Field(parcel.KhataNumber),
            DepartmentText.Pattadar.Field(parcel.Pattadar),
            DepartmentText.Extent.Field(parcel.ExtentAcres.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
            DepartmentText.LandClass.Field(new LocalizedText(parcel.LandClassEn, parcel.LandClassTe)),
            DepartmentText.Crop.Field(new LocalizedText(parcel.CropEn, parcel.CropTe)),
        ]);
        var record = $"{parcel.Village}/{parcel.SurveyNumber}/{extract?.En}";
        var document = context.Document(DocumentIds.For(context, record), DocumentKind, parcel.Pattadar, fields);
        return DocumentIds.Found(context, parcel.KhataNumber, document);
    }

    private static ServiceInput? SurveyInput(Service service) =>
        service.Inputs.FirstOrDefault(i => i.Kind == InputKind.FreeText && i.Id.Contains("survey", StringComparison.Ordinal));
}
