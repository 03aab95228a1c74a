namespace Probation.Orders.Simulation;

/// <summary>
/// The behaviour the simulation assumes, each figure with where it comes from. "[003] L1624" is
/// ../shared/seeds/003_*.txt line 1624, as quoted in ../shared/research/domain-B.md; "assumption" marks a figure the
/// seeds do not give, chosen to be plausible and named here so it can be argued with.
/// </summary>
internal static class Rates
{
    // Disposals: the seeds give no split between community orders, SSOs and custody (assumption).
    public const double CommunityOrder = 0.55;
    public const double SuspendedSentence = 0.20;

    // Requirements: case study A started ~900 CROs (supervision), ~1,000 CPOs (unpaid work) and 400 CPROs (both)
    // ([003] L1173-1182), i.e. 39% / 43% / 17%; an accredited programme on top in 10% (assumption).
    public const double SupervisionOnly = 0.39;
    public const double UnpaidWorkOnly = 0.43;
    public const double WithProgramme = 0.10;

    // Risk picture behind the tier (assumption; the seeds describe tiers but not their mix): RoSH low/medium/high/very
    // high, likelihood of reoffending low/medium, PPO (the IOM cohort's 45% PPO, [004] L392-400, is not a general
    // caseload), MAPPA level 2-3.
    public const double RoshLow = 0.45;
    public const double RoshMedium = 0.42;
    public const double RoshHigh = 0.12;
    public const double LikelihoodLow = 0.30;
    public const double LikelihoodMedium = 0.40;
    public const double Ppo = 0.05;
    public const double MappaTwoOrThree = 0.02;

    // Custody: an indeterminate sentence in 2%, a parole eligibility date in 10% of determinate ones (assumption);
    // the court names the offender manager on 70% of orders, the rest are allocated by staff (assumption).
    public const double Indeterminate = 0.02;
    public const double ParoleEligible = 0.10;
    public const double AllocatedByCourt = 0.70;
    public const double ReleasedEarly = 0.15;

    // Staff acting by the due date. First appointment took place within 5 working days in 76% ([003] L1624); formal
    // review on time 61% (CRO quarterly review, [003] L1683); sentence plan on time 66% ([002] L301); offender
    // supervisor within 2 days over 80% ([002] L254); OM's yearly contact in custody 55% ([002] L284); breach action
    // by the 3rd failure 37% ([003] L1750); allocation on time 90% and handover on time 70% (assumption).
    public const double FirstAppointmentOnTime = 0.76;
    public const double ReviewOnTime = 0.61;
    public const double PlanOnTime = 0.66;
    public const double SupervisorOnTime = 0.80;
    public const double OffenderManagerContactOnTime = 0.55;
    public const double BreachActionOnTime = 0.37;
    public const double AllocationOnTime = 0.90;
    public const double HandoverOnTime = 0.70;

    // Of the rest, how many act late rather than never (assumption).
    public const double LateRatherThanNever = 0.80;

    // Weekly appointments offered in months 1-3: high-risk required meetings were offered in 66% ([003] L1811);
    // otherwise fortnightly (assumption).
    public const double WeeklyContactOffered = 0.66;

    // Appointment outcomes: 90% compliance is the seeds' programme target ([003] L365-366); the split of the rest is
    // an assumption.
    public const double Attended = 0.90;
    public const double MissedAcceptable = 0.04;
    public const double MissedUnexplained = 0.05;

    // Explanations: the explanation (or its lack) was recorded in 51% and the PO's view of acceptability in 48%
    // ([003] L1750); read here as "explains within the window" and "the explanation is acceptable".
    public const double ExplainsInWindow = 0.51;
    public const double ExplanationAcceptable = 0.48;

    // A manager's authorisation not to breach was recorded in 18% ([003] L1750): the share of compliance reviews.
    public const double ComplianceReview = 0.18;

    // Court outcomes of breach (assumption): continued, revoked, re-sentenced; an SSO's activation takes the place of
    // continuation in the share given.
    public const double CourtContinues = 0.60;
    public const double CourtRevokes = 0.20;
    public const double CourtResentences = 0.10;

    // A programme requirement is completed in 70% (the programme completion target, [003] L365); a significant life
    // event in 10% and a risk change in 5% of orders a year; 1% terminated early (assumptions).
    public const double ProgrammeCompleted = 0.70;
    public const double LifeEvent = 0.10;
    public const double RiskChange = 0.05;
    public const double Terminated = 0.01;
}
