using System.Text;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// Tells a citizen what a service did, in their language, with the values they need to keep, and the button for what
/// the citizen may do next: pay (WhatsApp's own bill when WhatsApp Payments is set up, else a button that opens the
/// payment page), pay again after a failed or expired attempt, send the correction a returned application asks for,
/// appeal a first rejection, cancel a ticket, or answer an official's question on a grievance.
/// </summary>
public static class OutcomeReply
{
    /// <param name="paymentConfiguration">
    /// The WhatsApp Payments configuration that takes payments in the chat; empty when payments open the gateway's page.
    /// </param>
    public static Reply For(ServiceOutcome outcome, string language, UiText ui, string paymentConfiguration)
    {
        var text = new StringBuilder(outcome.Message.In(language));
        if (outcome.Reference is { } reference)
        {
            text.Append("\n\n").Append(ui.Reference.In(language)).Append(": *").Append(reference).Append('*');
        }

        foreach (var field in outcome.Fields)
        {
            text.Append('\n').Append(field.Label.In(language)).Append(": ").Append(field.Value);
        }

        // An outcome stored before it carried what is due, or a reference Meta would refuse, still gets its Pay button.
        if (outcome is { PaymentDue: { } due } && !string.IsNullOrWhiteSpace(paymentConfiguration) && WhatsAppRenderer.IsOrderReference(due.Reference))
        {
            return new OrderDetailsReply(text.ToString(), due.Reference, paymentConfiguration, [new OrderItem(due.ServiceId, due.ServiceName.In(language), due.AmountPaise)]);
        }

        if (outcome is { PaymentLink: { } link, PaymentAmount: { } amount })
        {
            return new UrlButtonReply(text.ToString(), ui.PayButton.Fill(Rupees.Format(amount)).In(language), link);
        }

        if (outcome is { GrievanceFeedback: true, Reference: { } grievance })
        {
            return Feedback(text.Append("\n\n").Append(ui.RatePrompt.In(language)).ToString(), grievance, language, ui);
        }

        return Next(outcome, language, ui) is { } button ? new ButtonsReply(text.ToString(), [button]) : new TextReply(text.ToString());
    }

    // Five ratings, best first, and the way back to an office for a resolution that resolved nothing: one list.
    private static ListReply Feedback(string body, string reference, string language, UiText ui) => new(
        body,
        ui.RateOrReopen.In(language),
        [
            new ListSection(null,
            [
                .. Enumerable.Range(1, 5).Reverse().Select(stars => new ListRow(ChoiceIds.RateGrievance(reference, stars), ui.Rating.Format(language, stars), ui.RatingHint.In(language))),
                new ListRow(ChoiceIds.ReopenGrievance(reference), ui.Reopen.In(language), ui.ReopenHint.In(language)),
            ]),
        ]);

    private static ReplyButton? Next(ServiceOutcome outcome, string language, UiText ui) => outcome switch
    {
        { Decision.Verdict: Verdict.Returned, Reference: { } reference } => new ReplyButton(ChoiceIds.Correct(reference), ui.SendCorrection.In(language)),
        { Decision: { Verdict: Verdict.Rejected, Appealable: true }, Reference: { } reference } =>
            new ReplyButton(ChoiceIds.Appeal(reference), ui.Appeal.In(language)),
        { PaymentRetry: true, Reference: { } reference } => new ReplyButton(ChoiceIds.PayAgain(reference), ui.PayAgain.In(language)),
        { Cancellable: true, Reference: { } reference } => new ReplyButton(ChoiceIds.CancelBooking(reference), ui.CancelBooking.In(language)),
        { GrievanceQuestion: true, Reference: { } reference } => new ReplyButton(ChoiceIds.AnswerGrievance(reference), ui.AnswerQuestion.In(language)),
        _ => null,
    };
}
