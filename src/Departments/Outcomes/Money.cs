using System.Globalization;

namespace ManaMitra.Departments.Outcomes;

public static class Money
{
    public static string Format(decimal rupees) => "₹" + rupees.ToString("0.00", CultureInfo.InvariantCulture);
}
