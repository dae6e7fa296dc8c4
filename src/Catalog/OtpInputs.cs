namespace ManaMitra.Catalog;

/// <summary>
/// The rules of an <see cref="InputKind.Otp"/> input. A second factor proves something only when it reaches a number on
/// record, never one the citizen has just typed: so the code goes to the mobile linked to an Aadhaar number the same
/// form asked <em>before</em> it (<c>"linkedTo": "aadhaar"</c>), and is never read out of a sentence.
/// </summary>
public static class OtpInputs
{
    /// <summary>What is wrong with <paramref name="input"/>'s OTP rules, given the inputs read before it.</summary>
    public static IEnumerable<string> Defects(ServiceInput input, IReadOnlyList<ServiceInput> earlier)
    {
        if (input.Kind != InputKind.Otp)
        {
            if (input.LinkedTo is not null)
            {
                yield return $"linkedTo is only for an Otp input, not on {input.Kind}";
            }

            yield break;
        }

        if (input.LinkedTo is not { Length: > 0 } linked)
        {
            yield return "linkedTo is missing (an Otp input names the earlier Aadhaar input whose mobile on record gets the code)";
        }
        else if (!earlier.Any(i => i.Id == linked && i.Kind == InputKind.Aadhaar))
        {
            yield return $"linkedTo \"{linked}\" is not an earlier Aadhaar input of this service";
        }

        if (input.Slots.Count > 0)
        {
            yield return "slots are not allowed on an Otp input: a code is typed at its question, never read from a sentence";
        }
    }

    /// <summary>The Aadhaar input <paramref name="otp"/> sends its code for.</summary>
    public static ServiceInput Linked(Service service, ServiceInput otp) =>
        service.Inputs.First(i => i.Id == otp.LinkedTo && i.Kind == InputKind.Aadhaar);
}
