using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ManaMitra.Grains.Sms;

public static class SmsServices
{
    /// <summary>
    /// The SMS gateway one-time codes go through. In sandbox (no Cloud API token), and in Development without an API key,
    /// the in-process <see cref="SandboxSmsInbox"/>, reached through the same <see cref="Fast2SmsGateway"/> a deployment
    /// uses, so the sandbox sends the real request. Anywhere else <c>ManaMitra:Sms</c> must name a real gateway: read
    /// here, while the host is being built, so a deployment without one fails at start-up rather than at the first
    /// citizen who needs a code.
    /// </summary>
    public static IServiceCollection AddManaMitraSms(this IServiceCollection services, IConfiguration configuration, bool sandbox, bool isDevelopment)
    {
        var section = configuration.GetSection(SmsOptions.Section);
        var configured = section.Get<SmsOptions>() ?? new SmsOptions();
        if (sandbox || (isDevelopment && string.IsNullOrWhiteSpace(configured.ApiKey)))
        {
            services.TryAddSingleton<SandboxSmsInbox>();
            services.AddOptions<SmsOptions>().Configure<SandboxSmsInbox>((options, inbox) =>
            {
                options.BaseUrl = SandboxSmsInbox.BaseUrl;
                options.ApiKey = inbox.ApiKey;
                options.SenderId = "MNMTRA";
                options.TemplateId = "sandbox-dlt-template";
            });
            services.AddHttpClient<ISmsGateway, Fast2SmsGateway>().ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<SandboxSmsInbox>().Handler());
            return services;
        }

        var defects = string.IsNullOrWhiteSpace(configured.ApiKey)
            ? ["ManaMitra__Sms__ApiKey is not set: one-time codes for land, pension and bank-linked services go by SMS (docs/OTP.md)"]
            : configured.Defects().ToList();
        if (defects.Count > 0)
        {
            throw new InvalidOperationException("The SMS gateway is not configured: " + string.Join("; ", defects) + ".");
        }

        services.Configure<SmsOptions>(section);
        services.AddHttpClient<ISmsGateway, Fast2SmsGateway>(client => client.Timeout = configured.Timeout);
        return services;
    }
}
