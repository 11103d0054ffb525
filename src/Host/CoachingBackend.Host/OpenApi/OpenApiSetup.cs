using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddCoachingOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "CoachingBackend API",
                Version = "v1",
                Description = "Remote lifestyle coaching: a client's journey from referral and intake, through readiness " +
                              "assessment, programmes and courses, to feedback and discharge. Errors are RFC 9457 problem " +
                              "details whose `type` is stable (urn:coachingbackend:problem:...). Every call needs a bearer " +
                              "token whose `tenant` claim names the organisation and whose `role` claim names the role.",
                License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("/license", UriKind.Relative) },
                Contact = new OpenApiContact { Name = "CoachingBackend" },
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with the claims sub, tenant and role.",
            });
            options.OperationFilter<BearerRequirementFilter>();
            options.DocumentFilter<TagDescriptions>();
            options.SchemaFilter<AnswerValueSchema>();
            options.SchemaFilter<TextLimitsSchema>();
            options.SchemaFilter<ContractSchemas>();
            options.OperationFilter<EnumQueryFilter>();
            options.OperationFilter<RequestExamplesFilter>();
            options.DocumentFilter<DefaultTextLimits>();
            options.OperationFilter<HeadersFilter>();
            foreach (var assembly in DocumentedAssemblies())
            {
                var file = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(file)) options.IncludeXmlComments(file);
            }
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    private static IEnumerable<System.Reflection.Assembly> DocumentedAssemblies() =>
        ModuleRegistry.All.Select(m => m.GetType().Assembly)
            .Concat([typeof(BuildingBlocks.Http.Page<>).Assembly, typeof(OpenApiSetup).Assembly])
            .Distinct();

    /// <summary>Short, stable schema names: <c>ClientResponse</c>, <c>DevTokens.Request</c>, <c>ClientSummaryPage</c>.</summary>
    private static string SchemaId(Type type) => type.IsGenericType
        ? string.Concat(type.GetGenericArguments().Select(SchemaId)) + type.Name[..type.Name.IndexOf('`')]
        : type.DeclaringType is { } outer ? $"{outer.Name}.{type.Name}" : type.Name;

    /// <summary>
    /// The server is relative ("the host that served this document"), so the same document holds behind any
    /// proxy or host name; the licence link is absolute, as OpenAPI requires.
    /// </summary>
    public static void AddServer(OpenApiDocument document, HttpRequest request)
    {
        var basePath = request.PathBase.HasValue ? request.PathBase.Value! : "/";
        document.Servers = [new OpenApiServer { Url = basePath, Description = "The deployment serving this document" }];
        document.Info.License!.Url = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/license");
    }

    /// <summary>Marks every operation that needs a token with the bearer scheme, and only those.</summary>
    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            operation.Security ??= [];
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
            {
                operation.Security.Add(new OpenApiSecurityRequirement()); // explicitly open: no token needed
                return;
            }
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
            });
        }
    }
}
