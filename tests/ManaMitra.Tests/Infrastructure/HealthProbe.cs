namespace ManaMitra.Tests.Infrastructure;

/// <summary>Asks a starting host whether it is ready; a host still starting refuses or times out, which means "not yet".</summary>
public static class HealthProbe
{
    public static async Task<bool> ReadyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
