# libkmod: imported target LibKmod::LibKmod.
include(DmremapFindPkgConfig)
dmremap_find_pkgconfig(LibKmod libkmod libkmod.h kmod)
