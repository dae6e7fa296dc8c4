namespace ManaMitra.Catalog;

/// <summary>
/// The days a booking's date may fall on: from today to <see cref="Service.BookableDays"/> days ahead. The form
/// refuses any other date at the question itself, so a past or too-distant date is never carried to the end of the
/// form only to be declined there.
/// </summary>
public static class BookingWindow
{
    /// <summary>Counters and temples open bookings about two months ahead.</summary>
    public const int DefaultDays = 60;

    /// <summary>A year: no department sells a slot further ahead, and a longer window is a typo.</summary>
    public const int MaxDays = 366;

    public static DateOnly LastDay(Service service, DateOnly today) => today.AddDays(service.BookableDays);
}
