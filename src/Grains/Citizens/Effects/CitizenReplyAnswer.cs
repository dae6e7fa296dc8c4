using ManaMitra.Interfaces.Applications;
using ManaMitra.Languages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>Why a correction or an appeal was not taken, as the citizen reads it, whether refused on asking or on sending.</summary>
internal static class CitizenReplyAnswer
{
    public static LocalizedText Refused(CitizenReplyResult result, string reference, UiText ui) => result switch
    {
        CitizenReplyResult.NotAppealable => ui.AppealsUsedUp.Fill(reference),
        // The chat checked the length before sending; a reply refused for it here was not taken either.
        _ => ui.ReplyNotTaken.Fill(reference),
    };
}
