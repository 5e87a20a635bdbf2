# Debian package: cpack -G DEB (from the build directory).
