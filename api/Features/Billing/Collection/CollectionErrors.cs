namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>The refusals of the collection rules (reminders, bank collection), each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class CollectionErrors
{
    public static readonly ErrorKind BankBatchPending = ErrorKind.Conflict("BankBatchPending", "BANK_BATCH_PENDING",
        "The estate has a collection batch whose bank result is not imported yet; nobody is debited twice.");
    public static readonly ErrorKind BankBatchEmpty = ErrorKind.Invalid("BankBatchEmpty", "BANK_BATCH_EMPTY",
        "No unit of the estate has an active mandate and an amount due by the collection date.");
    public static readonly ErrorKind NoArrears = ErrorKind.Invalid("NoArrears", "NO_ARREARS",
        "None of the chosen households has an overdue amount to remind of.");
    public static readonly ErrorKind BankLineAlreadyCollected = ErrorKind.Conflict("BankLineAlreadyCollected", "BANK_ALREADY_COLLECTED",
        "A bank collection line booked as collected cannot become failed.");
    public static readonly ErrorKind MandateNotActive = ErrorKind.Conflict("MandateNotActive", "MANDATE_NOT_ACTIVE",
        "The bank mandate has already ended (replaced or cancelled).");
}
