// Anchor translation unit for the library that carries the embedded SQL resources.
namespace dashboard::resources {
int anchor() { return 0; }
}
