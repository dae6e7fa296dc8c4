using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;
using ManaMitra.WhatsApp.Messages;
using ManaMitra.WhatsApp.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace ManaMitra.LoadTests.Reference;

/// <summary>
/// The yardstick of issue #16, the least a WhatsApp bot can do and still be one: check Meta's signature, parse the
/// envelope, write one row per message to PostgreSQL with group commit, answer 200 only once it is committed, send one
/// text reply. ManaMitra does that and a conversation besides; their rates' ratio on one machine and one PostgreSQL is
/// the conversation's cost. WhatsApp is spoken through ManaMitra's protocol library (signature, envelope, reply JSON),
/// so only what lies between differs. Its own process: <c>dotnet ManaMitra.LoadTests.dll --reference-bot</c>.
/// </summary>
public static class ReferenceBot
{
    public const string Argument = "--reference-bot";

    // While one flusher waits for its commit's fsync, another takes what queued meanwhile; more would only split batches.
    private const int Flushers = 4;

    // Replies in flight to the Cloud API at once; the others wait for a connection.
    private const int Senders = 64;

    private const string Reply = "Thank you, your message is saved.";

    // COPY cannot skip a wamid already stored (Meta redelivers); one INSERT of the batch's arrays can, in one round trip.
    private const string InsertBatch = "INSERT INTO reference_messages (wamid, citizen, body, sent_at) "
        + "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) ON CONFLICT (wamid) DO NOTHING";

    public static async Task<int> RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        string Setting(string key) => builder.Configuration[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"{key} is not set");
        var secret = Encoding.UTF8.GetBytes(Setting("WhatsApp:AppSecret"));
        var messagesUrl = $"{Setting("WhatsApp:GraphApiBaseUrl").TrimEnd('/')}/{Setting("WhatsApp:ApiVersion")}/{Setting("WhatsApp:PhoneNumberId")}/messages";
        await using var database = NpgsqlDataSource.Create(Setting("ConnectionStrings:ManaMitra"));
        await using var create = database.CreateCommand(
            "CREATE TABLE IF NOT EXISTS reference_messages (wamid text PRIMARY KEY, citizen text NOT NULL, body text, sent_at timestamptz NOT NULL)");
        await create.ExecuteNonQueryAsync();
        using var cloudApi = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Senders });
        cloudApi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Setting("WhatsApp:AccessToken"));
        var commits = Channel.CreateUnbounded<Commit>();
        var flushers = Enumerable.Range(0, Flushers).Select(_ => FlushAsync(commits.Reader, database)).ToList();
        var app = builder.Build();
        app.MapGet("/health/ready", () => Results.Ok());
        app.MapPost("/webhook", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            var body = buffer.ToArray();
            if (!WebhookSignature.IsValid(body, request.Headers[WebhookSignature.HeaderName], secret))
            {
                return Results.Unauthorized();
            }

            List<Inbound> messages;
            try
            {
                messages = Messages(WebhookReader.Read(body));
            }
            catch (WebhookParseException)
            {
                return Results.BadRequest();
            }

            // Statuses (sent, delivered, read) carry no message: acknowledged, nothing stored.
            if (messages.Count > 0)
            {
                var commit = new Commit(messages, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                commits.Writer.TryWrite(commit);
                await commit.Committed.Task;
            }

            // Fired while the 200 goes back, as ManaMitra's outbox sends after its commit: the answer never waits for
            // the Cloud API. Unlike an outbox's, a reply not yet sent here dies with the process.
            messages.ForEach(m => _ = ReplyAsync(cloudApi, messagesUrl, m.Citizen));
            return Results.Ok();
        });
        await app.RunAsync();
        commits.Writer.Complete();
        await Task.WhenAll(flushers);
        return 0;
    }

    // entry[].changes[].value.messages[]: one webhook may batch several messages, of several citizens.
    private static List<Inbound> Messages(MetaWebhook webhook) =>
    [
        .. from entry in webhook.Entry ?? []
           from change in entry?.Changes ?? []
           from message in change?.Value?.Messages ?? []
           where message is { Id: not null, From: not null }
           // Typed text, or the title of the button or list row tapped; other kinds (media, location) have no body.
           let body = message.Text?.Body ?? message.Interactive?.ButtonReply?.Title ?? message.Interactive?.ListReply?.Title
           let sentAt = UnixTime.TryParse(message.Timestamp, out var at) ? at : DateTimeOffset.UtcNow
           select new Inbound(message.Id!, message.From!, body, sentAt),
    ];

    // Group commit: each flusher takes everything queued while the previous commit was in flight, so one fsync serves
    // a whole batch of requests, each of which answers only after its batch's commit.
    private static async Task FlushAsync(ChannelReader<Commit> queue, NpgsqlDataSource database)
    {
        await foreach (var first in queue.ReadAllAsync())
        {
            var batch = new List<Commit> { first };
            while (queue.TryRead(out var commit))
            {
                batch.Add(commit);
            }

            var rows = batch.SelectMany(c => c.Messages).ToList();
            try
            {
                await using var insert = database.CreateCommand(InsertBatch);
                insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Wamid).ToArray() });
                insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Citizen).ToArray() });
                insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Body).ToArray() });
                insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.SentAt).ToArray() });
                await insert.ExecuteNonQueryAsync();
                batch.ForEach(c => c.Committed.TrySetResult());
            }
            catch (Exception e)
            {
                // Not committed, whatever the reason, and no request may wait for ever: they answer 500, Meta delivers again.
                batch.ForEach(c => c.Committed.TrySetException(e));
            }
        }
    }

    // One reply per message; one that fails (refused, unreachable, timed out) is not retried: the load tool counts it lost.
    private static async Task ReplyAsync(HttpClient cloudApi, string messagesUrl, string citizen)
    {
        using var content = new StringContent(WhatsAppRenderer.Render(citizen, new TextReply(Reply)), Encoding.UTF8, "application/json");
        try
        {
            using var response = await cloudApi.PostAsync(messagesUrl, content);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
        }
    }

    private sealed record Inbound(string Wamid, string Citizen, string? Body, DateTimeOffset SentAt);

    private sealed record Commit(List<Inbound> Messages, TaskCompletionSource Committed);
}
