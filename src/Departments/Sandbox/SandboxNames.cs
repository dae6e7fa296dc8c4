namespace ManaMitra.Departments.Sandbox;

/// <summary>Names and places the sandbox's people and records are drawn from.</summary>
public static class SandboxNames
{
    private static readonly string[] Given =
    [
        "Lakshmi", "Venkata Ramana", "Sravani", "Srinivas", "Padmavathi", "Ravi Kumar", "Anitha", "Suresh", "Bhavani",
        "Nagaraju", "Sai Teja", "Durga Prasad", "Mounika", "Chandrasekhar", "Swathi", "Rambabu", "Haritha", "Prasanna",
    ];

    private static readonly string[] Family =
    [
        "Reddy", "Naidu", "Rao", "Chowdary", "Varma", "Sastry", "Goud", "Yadav", "Babu", "Raju", "Kumari", "Devi",
    ];

    public static readonly string[] Districts =
    [
        "Srikakulam", "Visakhapatnam", "East Godavari", "Krishna", "Guntur", "Prakasam", "Nellore", "Kurnool",
        "Kadapa", "Anantapur", "Chittoor", "Eluru",
    ];

    public static readonly string[] Villages =
    [
        "Mangalagiri", "Tenali", "Kovvur", "Palasa", "Nuzvid", "Addanki", "Kavali", "Nandyal", "Rayachoti", "Dharmavaram",
    ];

    public static string Person(Random random) => $"{random.Pick(Given)} {random.Pick(Family)}";
}
