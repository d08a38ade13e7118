# Configures and builds the project with a CMake preset. Sourced by scripts/test and scripts/demo.

# project_build PRESET: configure (once) and build.
project_build() {
  local preset=$1
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  if [[ ! -f "$root/build/$preset/build.ninja" ]]; then
    cmake --preset "$preset" -S "$root" >/dev/null
  fi
  cmake --build "$root/build/$preset" --parallel "$(nproc)"
}
