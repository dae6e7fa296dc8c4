using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ManaMitra.Tests.Cluster;

/// <summary>
/// No container engine runs here, so docker-compose.yml and the Dockerfiles are checked against the applications
/// they start: configuration names, assemblies, build inputs and start-up order.
/// </summary>
public sealed partial class DockerComposeTests
{
    /// <summary>The configuration the applications read, in environment form (DESIGN.md's contract and the README).</summary>
    private static readonly HashSet<string> ContractKeys =
    [
        "WhatsApp__AppSecret", "WhatsApp__VerifyToken", "WhatsApp__AccessToken", "WhatsApp__PhoneNumberId",
        "WhatsApp__GraphApiBaseUrl", "WhatsApp__ApiVersion",
        "ConnectionStrings__ManaMitra",
        "Orleans__ClusterId", "Orleans__ServiceId", "Orleans__SiloPort", "Orleans__GatewayPort", "Orleans__AdvertisedIPAddress",
        "ManaMitra__PublicBaseUrl", "ManaMitra__Chat__SessionTimeout", "ManaMitra__Chat__MarkAsRead",
        "ManaMitra__Webhook__Timeout", "ManaMitra__CatalogDirectory", "ManaMitra__AadhaarHashKey",
        "ManaMitra__StateEncryption__CurrentKeyId", "ManaMitra__StateEncryption__Keys__1", "ManaMitra__StateEncryption__RefuseUnencrypted",
        "ManaMitra__CitizenKeyHashKey",
        "ManaMitra__Documents__LinkKey", "ManaMitra__Documents__Keys__0__Kid", "ManaMitra__Documents__Keys__0__PemFile", "ManaMitra__OfficialsApiKey",
        "ManaMitra__Officers__Admin__User", "ManaMitra__Officers__Admin__Password",
        "ManaMitra__Sms__BaseUrl", "ManaMitra__Sms__ApiKey", "ManaMitra__Sms__SenderId", "ManaMitra__Sms__TemplateId", "ManaMitra__Sms__EntityId", "ManaMitra__Sms__Message",
        "ASPNETCORE_URLS",
    ];

    private static readonly string[] SecretKeys = ["WhatsApp__AppSecret", "WhatsApp__VerifyToken", "WhatsApp__AccessToken", "ManaMitra__AadhaarHashKey", "ManaMitra__StateEncryption__Keys__1", "ManaMitra__CitizenKeyHashKey", "ManaMitra__Documents__LinkKey", "ManaMitra__OfficialsApiKey", "ManaMitra__Officers__Admin__Password", "ManaMitra__Sms__ApiKey", "POSTGRES_PASSWORD"];

    private static readonly string Root = FindRepositoryRoot();

    private static readonly Dictionary<string, YamlMap> Services = LoadServices();

    // The silo's ClusterSilo.ShutdownTimeout: docker must wait longer than this before SIGKILL.
    private static readonly TimeSpan SiloShutdownTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void The_topology_is_postgres_migrate_two_silos_and_a_frontend()
    {
        Assert.Equal("postgres:15", (string)Services["postgres"]["image"]);
        Assert.Equal(["migrate"], ServicesRunning("ManaMitra.Silo.dll").Where(IsMigrate));
        Assert.Equal(2, Silos.Count());
        Assert.Single(ServicesRunning("ManaMitra.WebhookFrontend.dll"));
    }

    [Fact]
    public void Every_environment_variable_a_built_service_sets_is_a_key_the_applications_read()
    {
        foreach (var (name, service) in BuiltServices)
        {
            foreach (var key in Environment(service).Keys)
            {
                Assert.True(ContractKeys.Contains(key), $"service {name} sets {key}, which no ManaMitra application reads");
            }
        }
    }

    [Fact]
    public void Every_built_service_runs_the_assembly_its_Dockerfile_publishes()
    {
        foreach (var (name, service) in BuiltServices)
        {
            var dockerfile = Path.Combine(Root, (string)Map(service["build"])["dockerfile"]);
            Assert.True(File.Exists(dockerfile), $"service {name} builds {dockerfile}, which does not exist");
            var command = Strings(service["command"]);
            Assert.Equal("dotnet", command[0]);
            Assert.Equal(AssemblyName(PublishedProject(dockerfile)) + ".dll", command[1]);
            Assert.Contains($"\"{command[1]}\"", File.ReadAllText(dockerfile), StringComparison.Ordinal);
        }

        Assert.Equal(["dotnet", "ManaMitra.Silo.dll", "migrate"], Strings(Services["migrate"]["command"]));
    }

    [Fact]
    public void Services_start_in_order_postgres_then_migrate_then_silos_then_the_frontend()
    {
        Assert.Equal("service_healthy", DependencyCondition("migrate", "postgres"));
        Assert.Contains("pg_isready", string.Join(' ', Strings(Map(Services["postgres"]["healthcheck"])["test"])), StringComparison.Ordinal);
        foreach (var silo in Silos)
        {
            Assert.Equal("service_completed_successfully", DependencyCondition(silo, "migrate"));
            Assert.Equal("service_healthy", DependencyCondition("frontend", silo));
        }
    }

    [Fact]
    public void Silos_and_the_frontend_are_probed_on_ready_and_given_time_to_shut_down_gracefully()
    {
        foreach (var name in Silos.Append("frontend"))
        {
            var service = Services[name];
            Assert.Contains("/health/ready", string.Join(' ', Strings(Map(service["healthcheck"])["test"])), StringComparison.Ordinal);
            Assert.True(Duration((string)service["stop_grace_period"]) > SiloShutdownTimeout, $"{name} would be killed before it finished shutting down");
        }
    }

    [Fact]
    public void Secrets_come_from_the_environment_and_compose_refuses_to_start_without_them()
    {
        var values = Services.Values.SelectMany(s => Environment(s)).Where(e => SecretKeys.Contains(e.Key)).ToList();

        Assert.Equal(SecretKeys.Order(), values.Select(v => v.Key).Distinct().Order());
        Assert.All(values, v => Assert.Matches(RequiredVariable(), v.Value));
        Assert.Contains("${POSTGRES_PASSWORD:?", Environment(Services["migrate"])["ConnectionStrings__ManaMitra"], StringComparison.Ordinal);
    }

    [Fact]
    public void Silos_advertise_a_routable_address_inside_their_containers()
    {
        foreach (var silo in Silos)
        {
            var dockerfile = File.ReadAllText(Path.Combine(Root, (string)Map(Services[silo]["build"])["dockerfile"]));
            var entrypoint = EntrypointScript().Match(dockerfile);
            Assert.True(entrypoint.Success, $"{silo}'s image has no entrypoint script");
            var script = File.ReadAllText(Path.Combine(Root, entrypoint.Groups["source"].Value));
            Assert.Contains("Orleans__AdvertisedIPAddress", script, StringComparison.Ordinal);
            Assert.Contains("hostname -i", script, StringComparison.Ordinal);
            Assert.Contains("exec \"$@\"", script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("src/Silo/Dockerfile")]
    [InlineData("src/WebhookFrontend/Dockerfile")]
    public void A_Dockerfile_builds_on_the_SDK_runs_on_ASPNET_as_app_with_Telugu_fonts_and_copies_every_input(string path)
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, path));

        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-core", dockerfile, StringComparison.Ordinal);
        Assert.Equal("USER app", dockerfile.Split('\n').Last(l => l.StartsWith("USER ", StringComparison.Ordinal)).Trim());
        var copied = CopySources().Matches(dockerfile).Select(m => m.Groups["source"].Value).ToList();
        Assert.All(copied.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)), source =>
            Assert.True(File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)), $"{path} copies {source}, which does not exist"));
        Assert.Contains("catalog/", copied);
        // Every project the published one builds from must be in the build context, or the image fails to build.
        foreach (var project in ProjectClosure(Path.Combine(Root, PublishedProject(Path.Combine(Root, path)))))
        {
            var folder = Path.GetRelativePath(Root, Path.GetDirectoryName(project)!).Replace('\\', '/') + "/";
            Assert.Contains(folder, copied);
        }
    }

    private static IEnumerable<KeyValuePair<string, YamlMap>> BuiltServices => Services.Where(s => s.Value.ContainsKey("build"));

    private static IEnumerable<string> Silos => ServicesRunning("ManaMitra.Silo.dll").Where(s => !IsMigrate(s));

    private static IEnumerable<string> ServicesRunning(string assembly) =>
        BuiltServices.Where(s => Strings(s.Value["command"]).Contains(assembly)).Select(s => s.Key);

    private static bool IsMigrate(string service) => Strings(Services[service]["command"]) is [.., "migrate"];

    private static string DependencyCondition(string service, string dependency)
    {
        var dependsOn = Map(Services[service]["depends_on"]);
        Assert.True(dependsOn.ContainsKey(dependency), $"{service} does not wait for {dependency}");
        return (string)Map(dependsOn[dependency])["condition"];
    }

    private static Dictionary<string, string> Environment(YamlMap service) =>
        service.TryGetValue("environment", out var environment)
            ? Map(environment).ToDictionary(e => e.Key, e => (string)e.Value)
            : [];

    /// <summary>The project a Dockerfile publishes, as a path relative to the repository root.</summary>
    private static string PublishedProject(string dockerfile)
    {
        var publish = PublishCommand().Match(File.ReadAllText(dockerfile));
        Assert.True(publish.Success, $"{dockerfile} publishes no project");
        return publish.Groups["project"].Value;
    }

    private static string AssemblyName(string project) =>
        XDocument.Load(Path.Combine(Root, project)).Descendants("AssemblyName").Single().Value;

    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(next).Descendants("ProjectReference"))
            {
                var relative = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, relative)));
            }
        }

        return seen;
    }

    private static TimeSpan Duration(string compose)
    {
        var match = ComposeDuration().Match(compose);
        Assert.True(match.Success, $"'{compose}' is not a compose duration");
        var value = int.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value == "m" ? TimeSpan.FromMinutes(value) : TimeSpan.FromSeconds(value);
    }

    private static Dictionary<string, YamlMap> LoadServices()
    {
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        // Compose resolves YAML anchors and `<<` merge keys; the merging parser does the same here.
        var compose = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(reader)));
        return Map(compose["services"]).ToDictionary(s => s.Key, s => Map(s.Value));
    }

    private static YamlMap Map(object node) =>
        new(((Dictionary<object, object>)node).ToDictionary(e => (string)e.Key, e => e.Value));

    private static List<string> Strings(object node) => ((List<object>)node).Cast<string>().ToList();

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ManaMitra.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no ManaMitra.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^\$\{[A-Z_]+:\?[^}]*\}$")]
    private static partial Regex RequiredVariable();

    [GeneratedRegex(@"^COPY (?!--from)(?<source>.+) \S+$", RegexOptions.Multiline)]
    private static partial Regex CopySources();

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"^COPY (?<source>\S+) (?<target>\S+)\s*$(?=[\s\S]*^ENTRYPOINT \[""\k<target>""\])", RegexOptions.Multiline)]
    private static partial Regex EntrypointScript();

    [GeneratedRegex(@"^(?<value>\d+)(?<unit>[sm])$")]
    private static partial Regex ComposeDuration();

    /// <summary>A YAML mapping with string keys.</summary>
    private sealed class YamlMap(Dictionary<string, object> entries) : Dictionary<string, object>(entries, StringComparer.Ordinal);
}
