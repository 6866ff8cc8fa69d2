import CMark
import Mustache
