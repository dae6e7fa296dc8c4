using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ManaMitra.Documents;

public static class DocumentServices
{
    /// <summary>
    /// Printing, signing and download links. Fonts load here, while the host is being built, so a machine without
    /// them fails at start-up naming the package to install. Keys load on first use, from configuration or, in
    /// Development, from <c>.data/keys/</c> under the content root.
    /// </summary>
    public static IServiceCollection AddManaMitraDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(DocumentFonts.Load());
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        services.TryAddSingleton<TextShaper>();
        services.TryAddSingleton<FontSubsetter>();
        services.TryAddSingleton<DocumentRenderer>();
        services.TryAddSingleton<DocumentPrinter>();
        services.TryAddSingleton(sp => DocumentKeys.Load(Options(configuration), Development(sp), KeyDirectory(sp)));
        services.TryAddSingleton(sp => DocumentLinks.Load(Options(configuration), Development(sp), KeyDirectory(sp), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static DocumentOptions Options(IConfiguration configuration) =>
        configuration.GetSection(DocumentOptions.Section).Get<DocumentOptions>() ?? new DocumentOptions();

    private static bool Development(IServiceProvider services) => services.GetRequiredService<IHostEnvironment>().IsDevelopment();

    private static string KeyDirectory(IServiceProvider services) =>
        Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, ".data", "keys");
}
