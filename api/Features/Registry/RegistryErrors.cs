namespace PropertySaaS.Api.Features.Registry;

/// <summary>The refusals of the registry rules, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class RegistryErrors
{
    public static readonly ErrorKind UnitNumberTaken = ErrorKind.Conflict("UnitNumberTaken", "DUPLICATE_UNIT_NUMBER",
        "The building already has a unit of this number.");
    public static readonly ErrorKind BuildingNameTaken = ErrorKind.Conflict("BuildingNameTaken", "DUPLICATE_BUILDING_NAME",
        "The estate already has a building of this name.");
    public static readonly ErrorKind SharesExceed100 = ErrorKind.Conflict("SharesExceed100", "SHARE_EXCEEDS_100",
        "The current owners' shares of the unit would exceed 100%.");
    public static readonly ErrorKind AlreadyEnded = ErrorKind.Conflict("AlreadyEnded", "ALREADY_ENDED",
        "The ownership or tenancy has already ended; history is not rewritten.");
}

/// <summary>
/// A unit's sales/occupancy status is what staff see on site, so they may correct it in any direction (the registry
/// records, it does not enforce a sequence); the one automatic move is Unsold → Vacant when a first owner is recorded.
/// </summary>
public static class UnitTransitions
{
    private static readonly UnitStatus[] Any = Enum.GetValues<UnitStatus>();

    public static readonly TransitionTable<UnitStatus> Table = new(Any.ToDictionary(s => s, _ => Any));
}
