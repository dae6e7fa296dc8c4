using System.Reflection;
using System.Text;

namespace ManaMitra.Languages;

/// <summary>One key of the language files and the section property that holds it.</summary>
internal sealed record TextKey(string Key, PropertyInfo Property)
{
    /// <summary>A list of words (<c>["menu", "hi"]</c>) rather than one text.</summary>
    public bool IsWords => Property.PropertyType == typeof(LocalizedWords);

    /// <summary>Every key a section class declares, in declaration order.</summary>
    public static IReadOnlyList<TextKey> Of(Type section)
    {
        var prefix = section.GetCustomAttribute<TextSectionAttribute>()?.Prefix
            ?? throw new ArgumentException($"{section.Name} is not marked [TextSection].", nameof(section));
        return section.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(LocalizedText) || p.PropertyType == typeof(LocalizedWords))
            .Select(p => new TextKey($"{prefix}.{Kebab(p.Name)}", p))
            .ToList();
    }

    /// <summary>Creates the section with every property set from <paramref name="value"/> of its key.</summary>
    public static T Bind<T>(Func<TextKey, object> value)
        where T : class
    {
        // Activator, not new(): the properties are required, and set here rather than by an initializer.
        var section = (T)Activator.CreateInstance(typeof(T))!;
        foreach (var key in Of(typeof(T)))
        {
            key.Property.SetValue(section, value(key));
        }

        return section;
    }

    private static string Kebab(string name)
    {
        var kebab = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }
}
