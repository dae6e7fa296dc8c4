using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.LoadTests.Cli;
using ManaMitra.LoadTests.Meta;
using ManaMitra.LoadTests.Traffic;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Webhook;

namespace ManaMitra.Tests.LoadTests;

/// <summary>The duplicates-and-faults scenario: Meta's repeat deliveries and the throttling Cloud API, as scripted.</summary>
public sealed class RedeliveryTests
{
    private readonly WebhookClient _client = new(new Uri("http://127.0.0.1:9"), "secret", "106540352242922", TimeSpan.FromSeconds(1));

    [Fact]
    public void A_repeat_delivery_is_the_same_body_and_a_batched_one_carries_both_messages_with_their_wamids()
    {
        var first = _client.Prepare("919848012345", CitizenMessage.Typed("hi"));
        var second = _client.Prepare("919848012345", CitizenMessage.Button("lang:en", "English"));

        var batch = WebhookParser.Parse(_client.Batch(first, second).Body, TestSecrets.CitizenKeys).Messages;

        Assert.Equal([first.Messages[0].MessageId, second.Messages[0].MessageId], batch.Select(m => m.MessageId));
        Assert.NotEqual(first.Messages[0].MessageId, second.Messages[0].MessageId);
        Assert.Equal("hi", batch[0].Text);
        Assert.Equal("lang:en", batch[1].ReplyId);
        Assert.Equal(first.Messages[0].MessageId, Assert.Single(WebhookParser.Parse(first.Body, TestSecrets.CitizenKeys).Messages).MessageId);
    }

    [Fact]
    public void Without_a_duplicate_share_every_message_is_delivered_once()
    {
        var random = new Random(7);

        Assert.All(Enumerable.Range(0, 1000).Select(_ => MetaRetries.None.Plan(random)), plan => Assert.Equal(Redelivery.Once, plan));
    }

    [Fact]
    public void A_duplicated_message_arrives_two_or_three_times_in_all_sometimes_concurrently_and_sometimes_batched()
    {
        var random = new Random(7);

        var plans = Enumerable.Range(0, 10_000).Select(_ => new MetaRetries(0.2, 0.3).Plan(random)).ToList();

        var duplicated = plans.Where(p => p.Copies > 0).ToList();
        Assert.InRange(duplicated.Count, 1800, 2200);
        Assert.All(duplicated, p => Assert.InRange(p.Copies, 1, 2));
        Assert.Contains(duplicated, p => p.Copies == 2);
        Assert.Contains(duplicated, p => p.Concurrent);
        Assert.InRange(duplicated.Count(p => p.Batched), duplicated.Count / 5, duplicated.Count * 2 / 5);
        Assert.DoesNotContain(plans, p => p.Copies == 0 && (p.Concurrent || p.Batched));
    }

    [Theory]
    [InlineData(0.0, CloudApiFault.Throttle)]
    [InlineData(0.049, CloudApiFault.Throttle)]
    [InlineData(0.05, CloudApiFault.ServerError)]
    [InlineData(0.069, CloudApiFault.ServerError)]
    [InlineData(0.07, CloudApiFault.None)]
    [InlineData(0.99, CloudApiFault.None)]
    public void The_sink_throttles_then_fails_its_shares_of_sends(double roll, CloudApiFault expected) =>
        Assert.Equal(expected, new SinkFaults(0.05, 0.02).Pick(roll));

    [Fact]
    public void Duplicates_and_faults_takes_its_shares_from_the_scenario_unless_the_command_line_overrides_them()
    {
        var defaults = RunOptions.Parse(["--scenario", "duplicates-and-faults"]);
        var overridden = RunOptions.Parse(["--scenario", "duplicates-and-faults", "--duplicate-share", "0.5", "--throttle-share", "0.1", "--fail-share", "0"]);
        var plain = RunOptions.Parse(["--scenario", "mixed-day"]);

        Assert.Equal(new MetaRetries(0.2, 0.3), defaults.Retries);
        Assert.Equal(new SinkFaults(0.05, 0.02), defaults.SinkFaults);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.Drain);
        Assert.Equal(new MetaRetries(0.5, 0.3), overridden.Retries);
        Assert.Equal(new SinkFaults(0.1, 0), overridden.SinkFaults);
        Assert.Equal(MetaRetries.None, plain.Retries);
        Assert.Equal(SinkFaults.None, plain.SinkFaults);
        Assert.Throws<ArgumentException>(() => RunOptions.Parse(["--scenario", "mixed-day", "--fail-share", "1.5"]));
    }
}
