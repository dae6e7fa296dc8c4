namespace ManaMitra.Languages;

/// <summary>
/// Marks a class whose <see cref="LocalizedText"/> and <see cref="LocalizedWords"/> properties are the keys of one
/// part of the language files: property <c>MainMenuBody</c> of section <c>"ui"</c> is the key <c>ui.main-menu-body</c>.
/// Code names texts by member, checked by the compiler; the files name them by key, checked at start-up.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TextSectionAttribute(string prefix) : Attribute
{
    public string Prefix { get; } = prefix;
}
