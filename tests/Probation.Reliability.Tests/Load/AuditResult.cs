namespace Probation.Reliability.Load;

/// <summary>The figures of an <see cref="OrderAudit"/>.</summary>
internal sealed record AuditResult(
    int OrdersChecked,
    IReadOnlyList<string> OrdersUnsettled,
    IReadOnlyList<string> OrdersNotMatchingControl,
    int RemindersStored,
    int RemindersStoredTwice,
    int RemindersMissing,
    int NotificationsExpected,
    int NotificationsQueued,
    int NotificationsMissing,
    int NotificationsRepeated,
    int MostCopiesOfOne,
    int MessagesIn,
    int MessagesTaken,
    int MessagesPoisoned)
{
    public int MessagesLost => MessagesIn - MessagesTaken - MessagesPoisoned;

    /// <summary>Adds every figure to <paramref name="figures"/>.</summary>
    public void Report(Suite.Figures figures)
    {
        figures.Add("orders checked", OrdersChecked);
        figures.Add("orders not settled", OrdersUnsettled.Count);
        figures.Add("orders not in the unloaded control's state", OrdersNotMatchingControl.Count);
        figures.Add("reminders stored", RemindersStored);
        figures.Add("reminders stored twice", RemindersStoredTwice);
        figures.Add("reminders missing", RemindersMissing);
        figures.Add("notifications expected / queued / missing", $"{NotificationsExpected} / {NotificationsQueued} / {NotificationsMissing}");
        figures.Add("notifications queued more than once (ids; most copies of one)", $"{NotificationsRepeated}; {MostCopiesOfOne}");
        figures.Add("court-orders messages in / taken / poisoned / lost", $"{MessagesIn} / {MessagesTaken} / {MessagesPoisoned} / {MessagesLost}");
    }

    /// <summary>Nothing lost, nothing stored twice, every order as the control: what must hold after load and after every fault.</summary>
    public void AssertNothingLostOrStoredTwice()
    {
        Assert.Empty(OrdersUnsettled);
        Assert.Empty(OrdersNotMatchingControl);
        Assert.Equal(0, RemindersStoredTwice);
        Assert.Equal(0, RemindersMissing);
        Assert.Equal(0, NotificationsMissing);
        Assert.Equal(0, MessagesLost);
    }
}
