using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Simulator.Architecture.Tests;

/// <summary>
/// Which namespaces of the project's assemblies use which, read from the compiled IL with Mono.Cecil:
/// base types, interfaces, attributes, fields, properties, events, method signatures, locals and every
/// type, method and field an instruction names, generic arguments included. Compiler-generated nested
/// types (lambdas, iterators, async state machines) count for the namespace that declares them.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, HashSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> _examples = [];

    private NamespaceGraph()
    {
    }

    /// <summary>Namespace → the project namespaces it uses (itself excluded).</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Edges => _edges;

    /// <summary>One type that makes each edge, for failure messages.</summary>
    public string Example(string from, string to) => _examples.TryGetValue((from, to), out var e) ? e : "";

    /// <summary>Reads the assemblies whose simple names start with "Simulator" (tests excluded) from <paramref name="folder"/>.</summary>
    public static NamespaceGraph Read(string folder)
    {
        var graph = new NamespaceGraph();
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(folder);
        foreach (var path in ProjectAssemblies(folder))
        {
            using var assembly = AssemblyDefinition.ReadAssembly(path, new ReaderParameters { AssemblyResolver = resolver });
            foreach (var type in assembly.MainModule.GetTypes()) graph.Add(type);
        }
        return graph;
    }

    /// <summary>The project's own assemblies beside the tests (the test assemblies excluded).</summary>
    public static IEnumerable<string> ProjectAssemblies(string folder) =>
        Directory.GetFiles(folder, "*.dll")
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("Simulator.", StringComparison.Ordinal) || n == "simulator.dll" || n == "truce-sim.dll"))
            .Where(p => !Path.GetFileName(p).Contains(".Tests", StringComparison.Ordinal) && !Path.GetFileName(p).Contains("Benchmarks", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private void Add(TypeDefinition type)
    {
        var from = NamespaceOf(type);
        if (!IsProject(from)) return;
        var uses = new List<TypeReference>();
        if (type.BaseType is not null) uses.Add(type.BaseType);
        uses.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        uses.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        uses.AddRange(type.Fields.Select(f => f.FieldType));
        uses.AddRange(type.Properties.Select(p => p.PropertyType));
        uses.AddRange(type.Events.Select(e => e.EventType));
        foreach (var method in type.Methods)
        {
            uses.Add(method.ReturnType);
            uses.AddRange(method.Parameters.Select(p => p.ParameterType));
            uses.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
            if (!method.HasBody) continue;
            uses.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions) Operand(instruction, uses);
        }
        foreach (var used in uses.SelectMany(Flatten))
        {
            var to = NamespaceOf(used);
            if (to == from || !IsProject(to)) continue;
            if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            if (targets.Add(to)) _examples[(from, to)] = $"{type.FullName} uses {used.FullName}";
        }
    }

    private static void Operand(Instruction instruction, List<TypeReference> uses)
    {
        switch (instruction.Operand)
        {
            case TypeReference t:
                uses.Add(t);
                break;
            case MethodReference m:
                uses.Add(m.DeclaringType);
                uses.Add(m.ReturnType);
                uses.AddRange(m.Parameters.Select(p => p.ParameterType));
                if (m is GenericInstanceMethod g) uses.AddRange(g.GenericArguments);
                break;
            case FieldReference f:
                uses.Add(f.DeclaringType);
                uses.Add(f.FieldType);
                break;
        }
    }

    // A generic instance, array, pointer or by-ref names its element and arguments.
    private static IEnumerable<TypeReference> Flatten(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var t in Flatten(generic.ElementType)) yield return t;
                foreach (var t in generic.GenericArguments.SelectMany(Flatten)) yield return t;
                break;
            case TypeSpecification spec:
                foreach (var t in Flatten(spec.ElementType)) yield return t;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.Namespace;
    }

    private static bool IsProject(string ns) => ns == "Simulator" || ns.StartsWith("Simulator.", StringComparison.Ordinal);
}
