namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Shifts = new()
    {
        ["SHIFT_DIFFERENCE_NEEDS_REASON"] = ("清点现金与应收现金相差 {0} 元，请填写差额原因后再交班。", "Counted cash differs from expected cash by {0}; give the reason for the difference to close the shift."),
        ["pay.field.differenceReason"] = ("差额原因", "Reason for the difference"),
    };
}
