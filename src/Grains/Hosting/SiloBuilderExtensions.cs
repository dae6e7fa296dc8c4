using ManaMitra.Catalog;
using ManaMitra.Citizens;
using ManaMitra.Conversations;
using ManaMitra.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ManaMitra.Hosting;

/// <summary>
/// Everything a silo needs to host ManaMitra's grains. Both the Silo host and the frontend's embedded silo call
/// this, so the two can never drift apart.
/// </summary>
public static class SiloBuilderExtensions
{
    public static ISiloBuilder AddManaMitra(this ISiloBuilder silo, IConfiguration configuration)
    {
        var cluster = ClusterSettings.From(configuration);
        if (!cluster.IsEmbedded)
        {
            throw new InvalidOperationException("PostgreSQL clustering is not wired yet; unset ConnectionStrings__ManaMitra to run embedded.");
        }

        silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        silo.AddMemoryGrainStorage(StorageNames.Citizens);
        silo.Services.AddManaMitraGrainServices(configuration);
        return silo;
    }

    /// <summary>The services grains depend on: catalog, conversation, outbound channel and options.</summary>
    public static IServiceCollection AddManaMitraGrainServices(this IServiceCollection services, IConfiguration configuration)
    {
        // Loaded here, while the host is being built, so a bad catalog stops start-up with the file, entry and field.
        var catalog = CatalogLoader.Load(configuration["ManaMitra:CatalogDirectory"] is { Length: > 0 } dir ? dir : CatalogLoader.DefaultDirectory);
        services.TryAddSingleton(catalog);
        services.TryAddSingleton<CatalogSearch>();
        services.TryAddSingleton<Conversation>();
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<ChatOptions>(configuration.GetSection(ChatOptions.Section));
        services.Configure<WhatsAppOptions>(configuration.GetSection(WhatsAppOptions.Section));

        var whatsApp = configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (whatsApp.IsSandbox)
        {
            services.TryAddSingleton<SandboxChannel>();
            services.TryAddSingleton<IWhatsAppSender>(sp => sp.GetRequiredService<SandboxChannel>());
        }
        else
        {
            services.AddHttpClient<IWhatsAppSender, CloudApiSender>(http => http.Timeout = TimeSpan.FromSeconds(15));
        }

        return services;
    }
}
