using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.Tests.Delivery;

/// <summary>
/// One citizen's outbox delivery without a cluster: one entry out at a time, in order, handed over again when its
/// report never comes, retried with backoff, statuses that never go back, and a conversation that settles (writes what
/// waited, lets go of its timer) only once nothing is pending and it has been quiet a period.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(60)]
    [InlineData(86_400)]
    public void Backoff_doubles_from_a_quarter_second_with_jitter_up_to_the_cap(int maxSeconds)
    {
        var max = TimeSpan.FromSeconds(maxSeconds);
        for (var attempts = 0; attempts <= 20; attempts++)
        {
            // Doubling stops after 12 attempts (about 17 minutes) even when the cap is higher.
            var full = TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, Math.Min(attempts, 12)), max.TotalMilliseconds));
            var delays = Enumerable.Range(0, 200).Select(_ => OutboxDelivery.Backoff(attempts, max)).ToList();

            // Jitter takes between half and all of the full delay, so citizens who failed together spread out.
            Assert.All(delays, d => Assert.InRange(d, full / 2, full));
            Assert.True(delays.Distinct().Count() > 1, $"no jitter after {attempts} attempts");
        }
    }

    [Fact]
    public async Task A_passing_failure_waits_its_backoff_and_the_wake_up_hands_the_entry_over_again()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply, OutboxEntryKind.Reply);

        await fakes.Reported(new SendResult.Transient("throttled", RetryAfter: 30 * Second));

        var first = fakes.Store.Outbox.Entries[0];
        Assert.Equal((OutboxEntryState.Pending, "throttled"), (first.State, first.Error));
        Assert.Equal(fakes.Clock.Now + (30 * Second), first.NotBefore);
        // Nothing else leaves meanwhile: the entry behind waits too, so the citizen reads replies in order.
        Assert.Single(fakes.Queue.Sent);
        Assert.Equal(30 * Second, fakes.WakeUp.Due);

        fakes.Later(30 * Second);
        await fakes.WakeUp.Fire();

        Assert.Equal([1L, 1L], fakes.Queue.Sent.Select(s => s.Sequence));
        Assert.Equal(2, first.Attempts);
    }

    [Fact]
    public async Task An_entry_goes_to_the_stored_address_and_its_result_back_to_the_grain_by_its_key()
    {
        var fakes = new DeliveryFakes();

        await fakes.Queued(OutboxEntryKind.Reply);

        var send = Assert.Single(fakes.Queue.Sent);
        Assert.Equal((DeliveryFakes.CitizenKey, DeliveryFakes.Recipient), (send.CitizenId, send.Recipient));
    }

    [Fact]
    public async Task A_send_not_reported_within_the_in_flight_timeout_is_handed_over_again()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply);
        Assert.Equal(DeliveryFakes.Options.InFlightTimeout, fakes.WakeUp.Due);

        fakes.Later(DeliveryFakes.Options.InFlightTimeout - Second);
        fakes.Delivery.DispatchNext();
        Assert.Single(fakes.Queue.Sent);

        fakes.Later(Second);
        await fakes.WakeUp.Fire();

        Assert.Equal([1L, 1L], fakes.Queue.Sent.Select(s => s.Sequence));
        Assert.Equal(2, fakes.Store.Outbox.Entries[0].Attempts);
    }

    [Fact]
    public async Task A_late_report_for_an_entry_already_handed_over_again_and_sent_is_ignored()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply, OutboxEntryKind.Reply);
        fakes.Later(DeliveryFakes.Options.InFlightTimeout);
        await fakes.WakeUp.Fire();
        await fakes.Reported(new SendResult.Accepted("wamid.second-attempt"));

        // The first attempt's report arrives at last, while entry 2 is out.
        await fakes.Delivery.SendCompleted(1, new SendResult.Rejected(131047, "Re-engagement message"));

        var (first, second) = (fakes.Store.Outbox.Entries[0], fakes.Store.Outbox.Entries[1]);
        Assert.Equal((OutboxEntryState.Sent, MessageDigest.Of("wamid.second-attempt"), null), (first.State, first.SentDigest, first.Error));
        Assert.Equal(OutboxEntryState.Pending, second.State);
        Assert.Equal([1L, 1L, 2L], fakes.Queue.Sent.Select(s => s.Sequence));

        // Entry 2 is still the one in flight: its own report is taken.
        await fakes.Reported(new SendResult.Accepted("wamid.2"));
        Assert.Equal(OutboxEntryState.Sent, second.State);
    }

    [Fact]
    public async Task Statuses_out_of_order_never_take_an_entry_back_and_wait_for_the_next_write()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply);
        await fakes.Reported(new SendResult.Accepted("wamid.1"));
        var writes = fakes.Store.Writes;
        var entry = fakes.Store.Outbox.Entries[0];

        OutboxDelivery.RecordStatus(fakes.Store, Status(DeliveryState.Read));
        OutboxDelivery.RecordStatus(fakes.Store, Status(DeliveryState.Delivered));
        OutboxDelivery.RecordStatus(fakes.Store, Status(DeliveryState.Sent));
        Assert.Equal(OutboxEntryState.Read, entry.State);
        Assert.True(fakes.Store.Unsaved);
        Assert.Equal(writes, fakes.Store.Writes);

        OutboxDelivery.RecordStatus(fakes.Store, Status(DeliveryState.Failed) with { ErrorCode = 131026, ErrorTitle = "Message undeliverable" });
        OutboxDelivery.RecordStatus(fakes.Store, Status(DeliveryState.Read));
        Assert.Equal((OutboxEntryState.Failed, "131026: Message undeliverable"), (entry.State, entry.Error));

        // A status for a message this outbox never sent changes nothing.
        OutboxDelivery.RecordStatus(fakes.Store, Status(DeliveryState.Delivered) with { MessageId = "wamid.other" });
        Assert.Equal(OutboxEntryState.Failed, entry.State);
    }

    [Fact]
    public async Task A_read_receipt_leaves_the_outbox_once_sent_and_a_reply_stays_without_its_body()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.ReadReceipt, OutboxEntryKind.Reply);
        Assert.Equal(OutboxEntryKind.ReadReceipt, fakes.Queue.Sent[0].Kind);
        var writes = fakes.Store.Writes;

        await fakes.Reported(new SendResult.Accepted(""));
        Assert.Equal([2L], fakes.Store.Outbox.Entries.Select(e => e.Sequence));
        Assert.Equal(OutboxEntryKind.Reply, fakes.Queue.Sent[1].Kind);
        Assert.Equal(writes, fakes.Store.Writes);

        await fakes.Reported(new SendResult.Accepted("wamid.reply"));
        var reply = Assert.Single(fakes.Store.Outbox.Entries);
        Assert.Equal((OutboxEntryState.Sent, MessageDigest.Of("wamid.reply"), ""), (reply.State, reply.SentDigest, reply.Body));
        // Sent marks cost no write of their own, even once the outbox is empty: they ride on the next one.
        Assert.Equal(writes, fakes.Store.Writes);
        Assert.True(fakes.Store.Unsaved);
    }

    [Fact]
    public async Task A_rejected_entry_is_kept_with_its_error_and_the_next_one_goes_on()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Template, OutboxEntryKind.Reply);

        await fakes.Reported(new SendResult.Rejected(131047, "Re-engagement message"));

        var failed = fakes.Store.Outbox.Entries[0];
        Assert.Equal((OutboxEntryState.Failed, "131047: Re-engagement message"), (failed.State, failed.Error));
        Assert.NotEmpty(failed.Body);
        Assert.Equal([1L, 2L], fakes.Queue.Sent.Select(s => s.Sequence));
    }

    [Fact]
    public async Task Once_nothing_is_pending_the_conversation_settles_after_a_quiet_period_and_its_timer_goes()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply);
        Assert.Equal(DeliveryFakes.Options.InFlightTimeout, fakes.WakeUp.Due);

        await fakes.Reported(new SendResult.Accepted("wamid.1"));
        var writes = fakes.Store.Writes;

        // Nothing to send: the timer now waits a quiet period before settling.
        Assert.Equal(DeliveryFakes.Options.WakeUpPeriod, fakes.WakeUp.Due);
        fakes.Later(DeliveryFakes.Options.WakeUpPeriod);
        await fakes.WakeUp.Fire();

        // The sent mark, which had no write of its own, is stored (clearing the row's pending flag); the timer goes.
        Assert.Equal((writes + 1, false, null, 1), (fakes.Store.Writes, fakes.Store.Unsaved, fakes.WakeUp.Due, fakes.Settlings));
    }

    [Fact]
    public async Task A_message_within_the_quiet_period_puts_settling_off_until_its_own_replies_are_sent()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply);
        await fakes.Reported(new SendResult.Accepted("wamid.1"));

        fakes.Later(DeliveryFakes.Options.WakeUpPeriod / 2);
        await fakes.Queued(OutboxEntryKind.Reply);
        // The next reply is out: the timer watches its report, not the quiet period.
        Assert.Equal(DeliveryFakes.Options.InFlightTimeout, fakes.WakeUp.Due);
        Assert.Equal(0, fakes.Settlings);

        await fakes.Reported(new SendResult.Accepted("wamid.2"));
        Assert.Equal(DeliveryFakes.Options.WakeUpPeriod, fakes.WakeUp.Due);
        await fakes.WakeUp.Fire();
        Assert.Equal(1, fakes.Settlings);
    }

    [Fact]
    public async Task Settling_with_nothing_unsaved_writes_nothing()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply);
        await fakes.Reported(new SendResult.Accepted("wamid.1"));
        await fakes.Store.WriteAsync();
        var writes = fakes.Store.Writes;

        await fakes.WakeUp.Fire();

        Assert.Equal((writes, 1), (fakes.Store.Writes, fakes.Settlings));
    }

    [Fact]
    public async Task The_sweep_hands_over_what_is_still_pending_and_makes_a_sent_but_unsettled_outbox_settle_now()
    {
        var fakes = new DeliveryFakes();
        await fakes.Queued(OutboxEntryKind.Reply, OutboxEntryKind.Reply);
        await fakes.Reported(new SendResult.Transient("throttled", RetryAfter: 30 * Second));
        fakes.Later(30 * Second);

        // Entries pending (as after a crash, or a stuck send): the wake hands the oldest over again.
        await fakes.Delivery.WakeAsync();
        Assert.Equal([1L, 1L], fakes.Queue.Sent.Select(s => s.Sequence));

        await fakes.Reported(new SendResult.Accepted("wamid.1"));
        await fakes.Reported(new SendResult.Accepted("wamid.2"));
        var writes = fakes.Store.Writes;

        // All sent, marks unsaved: the wake settles at once rather than waiting for the quiet period's timer.
        await fakes.Delivery.WakeAsync();
        Assert.Equal((writes + 1, false, null, 1), (fakes.Store.Writes, fakes.Store.Unsaved, fakes.WakeUp.Due, fakes.Settlings));
    }

    private static DeliveryStatus Status(DeliveryState state) => new()
    {
        MessageId = "wamid.1",
        CitizenId = DeliveryFakes.CitizenKey,
        State = state,
        At = new DateTimeOffset(2026, 11, 25, 9, 1, 0, TimeSpan.Zero),
    };
}
