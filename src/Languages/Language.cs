namespace ManaMitra.Languages;

/// <summary>The languages a citizen can choose. The catalog carries every name in each of them.</summary>
public enum Language
{
    English,
    Telugu,
}
