using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ManaMitra.Conversations.Forms;

public static class FormServices
{
    /// <summary>
    /// Registers the form engine and its Aadhaar hasher. The key is read here, while the host is being built, so a
    /// deployment without <see cref="AadhaarHasher.ConfigurationKey"/> fails at start-up rather than at a citizen's first form.
    /// </summary>
    public static IServiceCollection AddManaMitraForms(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        services.TryAddSingleton(AadhaarHasher.FromConfiguration(configuration, isDevelopment));
        services.TryAddSingleton<FieldValidators>();
        services.TryAddSingleton<OtpCodes>();
        services.TryAddSingleton<FormFlow>();
        return services;
    }
}
