package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API shows only itself: no public or protected member of an exported package names a type
 * from {@code dev.linesift.internal} or from a third-party library, and the module exports
 * exactly the API packages.
 */
class ApiSurfaceTest {
    private static final Set<String> EXPORTED = Set.of("dev.linesift", "dev.linesift.train", "dev.linesift.eval");

    @Test
    void noPublicSignatureNamesAnInternalOrThirdPartyType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : exportedClasses()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            check(c.getGenericSuperclass(), c.getName() + " extends", leaks);
            for (Type t : c.getGenericInterfaces()) {
                check(t, c.getName() + " implements", leaks);
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(f.getGenericType(), c.getName() + "." + f.getName(), leaks);
                }
            }
            List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
            members.addAll(List.of(c.getDeclaredConstructors()));
            for (Executable m : members) {
                if (!visible(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                String where = c.getName() + "." + m.getName();
                for (Type t : m.getGenericParameterTypes()) {
                    check(t, where, leaks);
                }
                for (Type t : m.getGenericExceptionTypes()) {
                    check(t, where + " throws", leaks);
                }
                if (m instanceof Method method) {
                    check(method.getGenericReturnType(), where + " returns", leaks);
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theModuleExportsTheApiPackagesAndNothingElse() throws Exception {
        Path info = Path.of("src/main/java/module-info.java");
        String text = Files.readString(info);
        Set<String> exported = new TreeSet<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("exports ")) {
                exported.add(l.substring("exports ".length(), l.indexOf(';')).strip());
            }
        }
        assertEquals(new TreeSet<>(EXPORTED), exported);
        Set<String> packages = new TreeSet<>();
        for (Class<?> c : allClasses()) {
            packages.add(c.getPackageName());
        }
        assertTrue(packages.stream().allMatch(p -> EXPORTED.contains(p) || p.startsWith("dev.linesift.internal")),
                "every package is API or internal: " + packages);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(Type t, String where, List<String> leaks) {
        if (t == null) {
            return;
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive()) {
                return;
            }
            String p = c.getPackageName();
            if (!(p.startsWith("java.") || EXPORTED.contains(p))) {
                leaks.add(where + ": " + c.getName());
            }
        } else if (t instanceof ParameterizedType pt) {
            check(pt.getRawType(), where, leaks);
            for (Type a : pt.getActualTypeArguments()) {
                check(a, where, leaks);
            }
        } else if (t instanceof GenericArrayType g) {
            check(g.getGenericComponentType(), where, leaks);
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> check(b, where, leaks));
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(b, where, leaks);
            }
        }
    }

    private static List<Class<?>> exportedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        return allClasses().stream().filter(c -> EXPORTED.contains(c.getPackageName())).toList();
    }

    private static List<Class<?>> allClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(LineSift.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.equals("module-info") && !name.endsWith("package-info")) {
                    out.add(Class.forName(name, false, LineSift.class.getClassLoader()));
                }
            }
        }
        return out;
    }
}
