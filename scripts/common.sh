# Shared by the benchmark scripts (source it from the project root).

# The production jar in target/, built first if there is none.
production_jar() {
    local jar
    jar=$(ls target/servicemiljo-*.jar 2>/dev/null | grep -v plain | head -1 || true)
    if [[ -z "$jar" ]]; then
        ./mvnw -B -q -Pproduction package -DskipTests
        jar=$(ls target/servicemiljo-*.jar | grep -v plain | head -1)
    fi
    echo "$jar"
}

# A free TCP port on loopback.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
