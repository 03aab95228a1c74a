namespace Probation.Functions.Pages.Layout;

/// <summary>One error of a form: the id of the field it belongs to (the error summary links there) and its message.</summary>
public sealed record PageError(string FieldId, string Message);
