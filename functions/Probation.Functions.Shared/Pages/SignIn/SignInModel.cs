namespace Probation.Functions.Pages.SignIn;

/// <summary>The local sign-in form: where to go afterwards, its anti-forgery token, and the error of a failed attempt.</summary>
public sealed record SignInModel(string ReturnUrl, string CsrfToken, string? Error);
