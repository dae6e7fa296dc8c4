using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ManaMitra.Tests.Architecture;

/// <summary>
/// Which ManaMitra namespace uses which, read from the compiled code: base types, interfaces, fields, properties,
/// method signatures and every type, method or field a method body touches. A nested or compiler-made type (a
/// lambda's closure, an async state machine) counts as part of the namespace that declares it.
/// </summary>
internal sealed class NamespaceGraph
{
    private const string Product = "ManaMitra.";

    private readonly Dictionary<string, HashSet<string>> _uses = new(StringComparer.Ordinal);

    // One example per edge, for the failure message: which type uses which.
    private readonly Dictionary<(string From, string To), string> _examples = [];

    public NamespaceGraph(IEnumerable<AssemblyDefinition> assemblies)
    {
        foreach (var type in assemblies.SelectMany(a => a.MainModule.GetTypes()))
        {
            var from = NamespaceOf(type);
            if (!from.StartsWith(Product, StringComparison.Ordinal))
            {
                continue; // Orleans' generated serializers live in their own namespaces
            }

            var uses = Uses(from);
            foreach (var used in ReferencedTypes(type))
            {
                var to = NamespaceOf(used);
                if (to.StartsWith(Product, StringComparison.Ordinal) && to != from && uses.Add(to))
                {
                    _examples[(from, to)] = $"{type.FullName} uses {used.FullName}";
                }
            }
        }
    }

    public IReadOnlySet<string> Namespaces => _uses.Keys.ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> UsedBy(string ns) => _uses.TryGetValue(ns, out var uses) ? uses : new HashSet<string>();

    /// <summary>A type of <paramref name="from"/> that uses one of <paramref name="to"/>, as a sentence.</summary>
    public string Example(string from, string to) => _examples.GetValueOrDefault((from, to), "");

    /// <summary>The groups of namespaces that use one another in a circle (strongly connected components), by Tarjan.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string ns)
        {
            index[ns] = low[ns] = index.Count;
            stack.Push(ns);
            onStack.Add(ns);
            foreach (var next in UsedBy(ns))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[ns] = Math.Min(low[ns], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[ns] = Math.Min(low[ns], index[next]);
                }
            }

            if (low[ns] != index[ns])
            {
                return;
            }

            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                group.Add(member);
            }
            while (member != ns);

            if (group.Count > 1)
            {
                cycles.Add([.. group.Order(StringComparer.Ordinal)]);
            }
        }

        foreach (var ns in _uses.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(ns))
            {
                Visit(ns);
            }
        }

        return cycles;
    }

    private HashSet<string> Uses(string ns)
    {
        if (!_uses.TryGetValue(ns, out var uses))
        {
            uses = new HashSet<string>(StringComparer.Ordinal);
            _uses[ns] = uses;
        }

        return uses;
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type is TypeSpecification specification)
        {
            type = specification.ElementType;
        }

        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Namespace;
    }

    private static IEnumerable<TypeReference> ReferencedTypes(TypeDefinition type)
    {
        if (type.BaseType is { } baseType)
        {
            foreach (var t in Expand(baseType))
            {
                yield return t;
            }
        }

        foreach (var t in type.Interfaces.SelectMany(i => Expand(i.InterfaceType)))
        {
            yield return t;
        }

        foreach (var t in type.Fields.SelectMany(f => Expand(f.FieldType)))
        {
            yield return t;
        }

        foreach (var t in type.Properties.SelectMany(p => Expand(p.PropertyType)))
        {
            yield return t;
        }

        foreach (var method in type.Methods)
        {
            foreach (var t in Signature(method))
            {
                yield return t;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var t in method.Body.Variables.SelectMany(v => Expand(v.VariableType)))
            {
                yield return t;
            }

            foreach (var t in method.Body.Instructions.SelectMany(Operand))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference t => Expand(t),
        MethodReference m => Expand(m.DeclaringType).Concat(Signature(m)),
        FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
        _ => [],
    };

    private static IEnumerable<TypeReference> Signature(MethodReference method) =>
        Expand(method.ReturnType).Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType)))
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments.SelectMany(Expand) : []);

    /// <summary>The type and, for a generic instance like <c>List&lt;Reply&gt;</c>, its arguments too.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        var element = type;
        while (element is TypeSpecification specification and not GenericInstanceType)
        {
            element = specification.ElementType;
        }

        if (element is GenericInstanceType instance)
        {
            yield return instance.ElementType;
            foreach (var argument in instance.GenericArguments.SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
