namespace Probation.Orders.Documents;

/// <summary>A requirement of a community order or SSO (Sentencing Act 2020 Sch 9).</summary>
public enum RequirementType
{
    /// <summary>Rehabilitation activity or supervision by the offender manager.</summary>
    Supervision = 1,

    /// <summary>Unpaid work (Community Payback), 40-300 hours.</summary>
    UnpaidWork = 2,

    /// <summary>An accredited programme.</summary>
    Programme = 3,

    /// <summary>Curfew, usually electronically monitored.</summary>
    Curfew = 4,

    /// <summary>Drug rehabilitation.</summary>
    DrugRehabilitation = 5,

    /// <summary>Alcohol treatment.</summary>
    AlcoholTreatment = 6,

    /// <summary>Mental health treatment.</summary>
    MentalHealthTreatment = 7,

    /// <summary>Residence.</summary>
    Residence = 8,

    /// <summary>Exclusion from a place.</summary>
    Exclusion = 9,

    /// <summary>Activity.</summary>
    Activity = 10,

    /// <summary>Prohibited activity.</summary>
    Prohibition = 11,
}
